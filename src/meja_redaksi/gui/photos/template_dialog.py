"""Batch caption template dialog: named templates, a per-field apply box and replace/append choice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meja_redaksi.domain.entities import Photo
from meja_redaksi.domain.errors import UserError
from meja_redaksi.photos.captions import (
    CAPTION_FIELDS,
    ApplyMode,
    CaptionTemplate,
    PhotographerCodes,
    TemplateField,
    apply_template,
    load_templates,
    save_templates,
)


class BatchTemplateDialog(QDialog):
    """Pick or edit a named template and apply it to the selected photos.

    ``templates_path`` is the JSON file the templates live in (read at start, written on Save).
    After ``accept()``, :meth:`result_photos` gives the changed copies; the host saves them.
    """

    def __init__(
        self,
        photos: list[Photo],
        templates_path: Path,
        codes: PhotographerCodes | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Build the form for ``photos`` with the templates stored at ``templates_path``."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Apply caption template"))
        self._photos = list(photos)
        self._path = templates_path
        self._codes = codes or PhotographerCodes()
        self._result: list[Photo] = []
        try:
            self._templates = {t.name: t for t in load_templates(templates_path)}
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Templates"), str(exc))
            self._templates = {}
        self._labels = {
            "title": self.tr("Title"),
            "caption": self.tr("Caption"),
            "credit": self.tr("Credit"),
            "photographer": self.tr("Photographer"),
            "alt_text": self.tr("Alt text"),
            "extended_description": self.tr("Extended description"),
            "city": self.tr("City"),
            "location": self.tr("Location"),
            "keywords": self.tr("Keywords"),
        }
        self._rows: dict[str, tuple[QCheckBox, QLineEdit, QComboBox]] = {}
        self._build()

    def _build(self) -> None:
        self.name_combo = QComboBox(editable=True, objectName="template_name")
        self.name_combo.addItems(sorted(self._templates))
        self.name_combo.setCurrentText("")
        self.name_combo.currentTextChanged.connect(self._load_named)
        self.save_button = QPushButton(self.tr("Save template"))
        self.save_button.clicked.connect(self.save_current)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Template")))
        top.addWidget(self.name_combo, 1)
        top.addWidget(self.save_button)

        grid = QGridLayout()
        for row, name in enumerate(CAPTION_FIELDS):
            apply_box = QCheckBox(self._labels[name], objectName=f"apply_{name}")
            text = QLineEdit(objectName=f"text_{name}")
            mode = QComboBox(objectName=f"mode_{name}")
            mode.addItem(self.tr("Replace"), ApplyMode.REPLACE.value)
            mode.addItem(self.tr("Append"), ApplyMode.APPEND.value)
            text.textEdited.connect(lambda _t, box=apply_box: box.setChecked(True))
            grid.addWidget(apply_box, row, 0)
            grid.addWidget(text, row, 1)
            grid.addWidget(mode, row, 2)
            self._rows[name] = (apply_box, text, mode)
        hint = QLabel(
            self.tr(
                "Variables: {filename}, {date}, {seq}, {photographer}; =code= becomes the photographer's full name."
            )
        )
        hint.setWordWrap(True)
        self.count_label = QLabel(
            self.tr("Applies to %n photo(s)", "", len(self._photos)), objectName="count"
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(hint)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)

    def template(self) -> CaptionTemplate:
        """The template as the form shows it (UserError when it has no name)."""
        fields = {}
        for name, (apply_box, text, mode) in self._rows.items():
            if apply_box.isChecked() or text.text():
                fields[name] = TemplateField(
                    text.text(), apply_box.isChecked(), ApplyMode(mode.currentData())
                )
        return CaptionTemplate(self.name_combo.currentText() or self.tr("Untitled"), fields)

    def set_template(self, template: CaptionTemplate) -> None:
        """Show ``template`` in the form."""
        self.name_combo.blockSignals(True)
        self.name_combo.setCurrentText(template.name)
        self.name_combo.blockSignals(False)
        for name, (apply_box, text, mode) in self._rows.items():
            spec = template.fields.get(name, TemplateField())
            apply_box.setChecked(spec.apply)
            text.setText(spec.text)
            mode.setCurrentIndex(mode.findData(spec.mode.value))

    def _load_named(self, name: str) -> None:
        if name in self._templates:
            self.set_template(self._templates[name])

    def save_current(self) -> bool:
        """Store the form as a named template in the templates file; False (with a message) on failure."""
        try:
            template = self.template()
            self._templates[template.name] = template
            save_templates(self._templates.values(), self._path)
        except (UserError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Templates"), str(exc))
            return False
        if self.name_combo.findText(template.name) < 0:
            self.name_combo.addItem(template.name)
        return True

    def accept(self) -> None:
        """Apply the template to the photos, then close."""
        try:
            self._result = apply_template(self._photos, self.template(), codes=self._codes)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Templates"), str(exc))
            return
        super().accept()

    def result_photos(self) -> list[Photo]:
        """The photos with the template applied (empty until the dialog was accepted)."""
        return list(self._result)
