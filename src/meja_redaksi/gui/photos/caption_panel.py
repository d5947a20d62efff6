"""The caption panel: edit the caption fields of one photo or of a selection, with IIM byte counters.

The panel never touches the store: it shows the photos it is given and emits ``caption_changed`` with
edited copies; the host saves them through the task runner. With several photos selected, a field whose
values differ shows empty with a "(mixed)" hint, and only the fields the user edits are changed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QStringListModel, Qt, QTimer, QTimeZone, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meja_redaksi.domain.entities import Photo, utcnow
from meja_redaksi.photos.captions import default_credit
from meja_redaksi.photos.metadata import IIM_LIMITS, utf8_length

_TEXT_FIELDS = ("title", "credit", "photographer", "alt_text", "city", "location")
_LONG_FIELDS = ("caption", "extended_description")
_COMMIT_DELAY_MS = 400


class KeywordCompleter(QCompleter):
    """Completes the keyword being typed after the last comma of a comma-separated line."""

    def splitPath(self, path: str) -> list[str]:
        """Complete only the last keyword."""
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index) -> str:
        """Put the chosen keyword in place of the one being typed."""
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        head = text.rsplit(",", 1)[0] + ", " if "," in text else ""
        return head + str(index.data())


class CaptionPanel(QWidget):
    """Caption fields of the selected photo(s); emits edited copies, never saves by itself."""

    caption_changed = Signal(list)
    previous_requested = Signal()
    next_requested = Signal()
    template_requested = Signal()
    find_replace_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the fields, counters, navigation buttons and shortcuts."""
        super().__init__(parent)
        self._photos: list[Photo] = []
        self._edited: set[str] = set()
        self._loading = False
        self._commit_timer = QTimer(self, singleShot=True, interval=_COMMIT_DELAY_MS)
        self._commit_timer.timeout.connect(self.commit)
        self._counters: dict[str, QLabel] = {}
        self._build()

    def _build(self) -> None:
        form = QFormLayout()
        self.title_edit = QLineEdit(objectName="title")
        self.caption_edit = QPlainTextEdit(objectName="caption")
        self.caption_edit.setTabChangesFocus(True)
        self.credit_edit = QLineEdit(objectName="credit")
        self.photographer_edit = QLineEdit(objectName="photographer")
        self.alt_text_edit = QLineEdit(objectName="alt_text")
        self.extended_description_edit = QPlainTextEdit(objectName="extended_description")
        self.extended_description_edit.setTabChangesFocus(True)
        self.keywords_edit = QLineEdit(objectName="keywords")
        self.city_edit = QLineEdit(objectName="city")
        self.location_edit = QLineEdit(objectName="location")
        self.date_known = QCheckBox(self.tr("Known"))
        self.date_edit = QDateTimeEdit(objectName="date_taken", calendarPopup=True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.date_edit.setTimeZone(QTimeZone.utc())
        self._keyword_model = QStringListModel(self)
        completer = KeywordCompleter(self._keyword_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.keywords_edit.setCompleter(completer)

        rows = [
            (self.tr("Title"), self.title_edit, "title"),
            (self.tr("Caption"), self.caption_edit, "caption"),
            (self.tr("Credit"), self.credit_edit, "credit"),
            (self.tr("Photographer"), self.photographer_edit, "photographer"),
            (self.tr("Alt text"), self.alt_text_edit, None),
            (self.tr("Extended description"), self.extended_description_edit, None),
            (self.tr("Keywords"), self.keywords_edit, "keyword"),
            (self.tr("City"), self.city_edit, "city"),
            (self.tr("Location"), self.location_edit, "location"),
        ]
        for label, widget, limit_key in rows:
            if limit_key is None:
                form.addRow(label, widget)
                continue
            counter = QLabel(objectName=f"{widget.objectName()}_bytes")
            counter.setAlignment(Qt.AlignmentFlag.AlignRight)
            self._counters[widget.objectName()] = counter
            box = QVBoxLayout()
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(widget)
            box.addWidget(counter)
            form.addRow(label, box)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_known)
        date_row.addWidget(self.date_edit, 1)
        form.addRow(self.tr("Date taken"), date_row)

        self.position_label = QLabel(objectName="position")
        self.previous_button = QPushButton(self.tr("Previous"))
        self.next_button = QPushButton(self.tr("Next"))
        self.template_button = QPushButton(self.tr("Apply template…"))
        self.find_button = QPushButton(self.tr("Find and replace…"))
        self.previous_button.setToolTip(self.tr("Previous photo (Alt+Left)"))
        self.next_button.setToolTip(self.tr("Next photo (Alt+Right)"))
        nav = QHBoxLayout()
        for widget in (self.previous_button, self.position_label, self.next_button):
            nav.addWidget(widget)
        nav.addStretch(1)
        nav.addWidget(self.template_button)
        nav.addWidget(self.find_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(nav)
        layout.addStretch(1)
        self._connect()
        self.set_photos([])

    def _connect(self) -> None:
        self.previous_button.clicked.connect(self._go_previous)
        self.next_button.clicked.connect(self._go_next)
        self.template_button.clicked.connect(self.template_requested)
        self.find_button.clicked.connect(self.find_replace_requested)
        for keys, slot in (
            ("Alt+Left", self._go_previous),
            ("Alt+Right", self._go_next),
            ("Ctrl+PgUp", self._go_previous),
            ("Ctrl+PgDown", self._go_next),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        for name in (*_TEXT_FIELDS, "keywords"):
            self._line(name).textEdited.connect(lambda _t, n=name: self._field_edited(n))
        for name in _LONG_FIELDS:
            self._long(name).textChanged.connect(lambda n=name: self._field_edited(n))
        self.date_edit.dateTimeChanged.connect(lambda _v: self._field_edited("date_taken"))
        self.date_known.toggled.connect(self._date_known_toggled)
        self.photographer_edit.editingFinished.connect(self._fill_default_credit)

    def _line(self, name: str) -> QLineEdit:
        return getattr(self, f"{name}_edit")

    def _long(self, name: str) -> QPlainTextEdit:
        return getattr(self, f"{name}_edit")

    # ---- public API -------------------------------------------------------------------------------
    def set_keyword_suggestions(self, keywords: list[str]) -> None:
        """Keywords offered for completion (e.g. every keyword in the store)."""
        self._keyword_model.setStringList(sorted(set(keywords), key=str.casefold))

    def set_position(self, index: int, count: int) -> None:
        """Show "index of count" next to previous/next (1-based); navigation buttons follow."""
        self.position_label.setText(
            self.tr("%1 of %2").replace("%1", str(index)).replace("%2", str(count))
        )
        self.previous_button.setEnabled(index > 1)
        self.next_button.setEnabled(0 < index < count)

    def photos(self) -> list[Photo]:
        """The shown photos with the pending edits applied."""
        return self._apply_edits()

    def set_photos(self, photos: list[Photo]) -> None:
        """Show one photo, a selection (shared values shown, differing ones hinted), or nothing."""
        if self._commit_timer.isActive():
            self._commit_timer.stop()
            self.commit()
        self._photos = list(photos)
        self._edited.clear()
        self._loading = True
        try:
            for name in (*_TEXT_FIELDS, *_LONG_FIELDS, "keywords"):
                self._show_value(name)
            dates = {p.date_taken for p in photos}
            date = next(iter(dates)) if len(dates) == 1 else None
            self.date_known.setChecked(date is not None)
            self.date_edit.setEnabled(date is not None)
            if date is not None:
                self.date_edit.setDateTime(
                    QDateTime.fromSecsSinceEpoch(int(date.timestamp()), QTimeZone.utc())
                )
        finally:
            self._loading = False
        self.setEnabled(bool(photos))
        self._update_counters()

    def set_photo(self, photo: Photo | None) -> None:
        """Show one photo (or nothing)."""
        self.set_photos([photo] if photo is not None else [])

    def commit(self) -> None:
        """Emit ``caption_changed`` now with the edited photos, if anything changed."""
        self._commit_timer.stop()
        if not self._edited or not self._photos:
            return
        self._photos = self._apply_edits()
        self._edited.clear()
        self.caption_changed.emit(list(self._photos))

    def hideEvent(self, event) -> None:
        """Hand over pending edits when the panel goes away (nothing typed is lost)."""
        self.commit()
        super().hideEvent(event)

    # ---- internals --------------------------------------------------------------------------------
    def _value_text(self, photo: Photo, name: str) -> str:
        if name == "keywords":
            return ", ".join(photo.keywords)
        return str(getattr(photo, name))

    def _show_value(self, name: str) -> None:
        values = {self._value_text(p, name) for p in self._photos}
        mixed = len(values) > 1
        text = next(iter(values)) if len(values) == 1 else ""
        widget = self._line(name) if name not in _LONG_FIELDS else self._long(name)
        if isinstance(widget, QLineEdit):
            widget.setText(text)
        else:
            widget.setPlainText(text)
        widget.setPlaceholderText(self.tr("(mixed)") if mixed else "")

    def _field_text(self, name: str) -> str:
        if name in _LONG_FIELDS:
            return self._long(name).toPlainText()
        return self._line(name).text()

    def _field_edited(self, name: str) -> None:
        if self._loading:
            return
        self._edited.add(name)
        self._update_counters()
        self._commit_timer.start()

    def _date_known_toggled(self, known: bool) -> None:
        self.date_edit.setEnabled(known)
        self._field_edited("date_taken")

    def _fill_default_credit(self) -> None:
        if not self.credit_edit.text().strip() and self.photographer_edit.text().strip():
            self.credit_edit.setText(default_credit(self.photographer_edit.text()))
            self._field_edited("credit")

    def _apply_edits(self) -> list[Photo]:
        if not self._edited:
            return list(self._photos)
        changes: dict[str, object] = {}
        for name in self._edited:
            if name == "date_taken":
                changes[name] = (
                    datetime.fromtimestamp(self.date_edit.dateTime().toSecsSinceEpoch(), UTC)
                    if self.date_known.isChecked()
                    else None
                )
            elif name == "keywords":
                changes[name] = [
                    k.strip() for k in self.keywords_edit.text().split(",") if k.strip()
                ]
            else:
                changes[name] = self._field_text(name)
        return [replace(p, **changes, updated_at=utcnow()) for p in self._photos]

    def _update_counters(self) -> None:
        for name, counter in self._counters.items():
            if name == "keywords":
                words = [k.strip() for k in self.keywords_edit.text().split(",") if k.strip()]
                used = max((utf8_length(k) for k in words), default=0)
                limit = IIM_LIMITS["keyword"]
            else:
                used = utf8_length(self._field_text(name))
                limit = IIM_LIMITS[name]
            counter.setText(
                self.tr("%1 / %2 bytes").replace("%1", str(used)).replace("%2", str(limit))
            )
            over = used > limit
            counter.setProperty("over_limit", over)
            counter.setStyleSheet("color: #b00020;" if over else "")
            counter.setToolTip(
                self.tr(
                    "Longer than the IPTC limit: the file's IPTC copy will be cut, XMP keeps it all"
                )
                if over
                else ""
            )

    def _go_previous(self) -> None:
        self.commit()
        self.previous_requested.emit()

    def _go_next(self) -> None:
        self.commit()
        self.next_requested.emit()
