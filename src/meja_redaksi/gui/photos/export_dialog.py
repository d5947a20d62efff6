"""Where to export photos with their captions, and whether to keep the GPS position in the files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ExportDialog(QDialog):
    """A target folder and a "keep GPS" box (off: the position is removed from the exported files)."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        """Build the dialog for exporting ``count`` photos."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export photos with captions"))
        self.folder_edit = QLineEdit(objectName="folder")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.gps_box = QCheckBox(self.tr("Keep the GPS position in the files"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "%n photo(s) will be copied with title, caption, credit and keywords written "
                    "into the file (IPTC and XMP).",
                    "",
                    count,
                )
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.gps_box)
        layout.addWidget(self.buttons)
        self.folder_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"))
        if folder:
            self.folder_edit.setText(folder)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(Path(self.folder_edit.text()).is_dir() if self.folder_edit.text() else False)

    def folder(self) -> Path:
        """The chosen folder."""
        return Path(self.folder_edit.text())

    def keep_gps(self) -> bool:
        """Whether the GPS position stays in the exported files."""
        return self.gps_box.isChecked()
