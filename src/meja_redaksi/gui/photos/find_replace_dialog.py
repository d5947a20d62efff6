"""Find and replace across the selected photos' captions (and other caption fields)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from meja_redaksi.domain.entities import Photo
from meja_redaksi.domain.errors import UserError
from meja_redaksi.photos.captions import find_replace

_SEARCHABLE = ("caption", "title", "credit", "alt_text", "keywords")


class FindReplaceDialog(QDialog):
    """Shows how many matches a replacement would change; after ``accept()`` see :meth:`result_photos`."""

    def __init__(self, photos: list[Photo], parent: QWidget | None = None) -> None:
        """Build the dialog for ``photos``."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find and replace in captions"))
        self._photos = list(photos)
        self._result: list[Photo] = []
        self.find_edit = QLineEdit(objectName="find")
        self.replace_edit = QLineEdit(objectName="replace")
        self.case_box = QCheckBox(self.tr("Match case"))
        labels = {
            "caption": self.tr("Caption"),
            "title": self.tr("Title"),
            "credit": self.tr("Credit"),
            "alt_text": self.tr("Alt text"),
            "keywords": self.tr("Keywords"),
        }
        self.field_boxes = {
            name: QCheckBox(labels[name], objectName=f"in_{name}") for name in _SEARCHABLE
        }
        self.field_boxes["caption"].setChecked(True)
        self.matches_label = QLabel(objectName="matches")
        form = QFormLayout()
        form.addRow(self.tr("Find"), self.find_edit)
        form.addRow(self.tr("Replace with"), self.replace_edit)
        fields_row = QHBoxLayout()
        for box in self.field_boxes.values():
            fields_row.addWidget(box)
            box.toggled.connect(self._update_count)
        form.addRow(self.tr("In"), fields_row)
        form.addRow("", self.case_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Replace all"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.matches_label)
        layout.addWidget(self.buttons)
        self.find_edit.textChanged.connect(self._update_count)
        self.case_box.toggled.connect(self._update_count)
        self._update_count()

    def _fields(self) -> list[str]:
        return [name for name, box in self.field_boxes.items() if box.isChecked()]

    def _run(self) -> tuple[list[Photo], int]:
        return find_replace(
            self._photos,
            self.find_edit.text(),
            self.replace_edit.text(),
            fields=self._fields(),
            case_sensitive=self.case_box.isChecked(),
        )

    def _update_count(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not self.find_edit.text() or not self._fields():
            self.matches_label.setText("")
            ok.setEnabled(False)
            return
        _, count = self._run()
        self.matches_label.setText(
            self.tr("%n match(es) in %1 photo(s)", "", count).replace("%1", str(len(self._photos)))
        )
        ok.setEnabled(count > 0)

    def accept(self) -> None:
        """Make the replacements (in copies) and close."""
        try:
            self._result, _ = self._run()
        except UserError as exc:
            self.matches_label.setText(str(exc))
            return
        super().accept()

    def result_photos(self) -> list[Photo]:
        """The changed copies of the photos (empty until accepted)."""
        return list(self._result)
