"""The portal sign-in dialog: portal address, user name and password (the password is never kept)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget


class SignInDialog(QDialog):
    """Asks for the portal address, a user name and a password."""

    def __init__(self, portal_url: str, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to the portal"))
        self.url_edit = QLineEdit(portal_url)
        self.user_edit = QLineEdit(username)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Portal address"), self.url_edit)
        layout.addRow(self.tr("User name"), self.user_edit)
        layout.addRow(self.tr("Password"), self.password_edit)
        layout.addRow(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        (self.password_edit if username else self.user_edit).setFocus()

    def _check(self) -> None:
        if not self.url_edit.text().strip().startswith(("http://", "https://")):
            self.error_label.setText(
                self.tr("The portal address must start with http:// or https://")
            )
        elif not self.user_edit.text().strip() or not self.password_edit.text():
            self.error_label.setText(self.tr("Enter a user name and a password."))
        else:
            self.accept()

    def values(self) -> tuple[str, str, str]:
        """Portal address, user name and password as typed."""
        url = self.url_edit.text().strip().rstrip("/")
        return url, self.user_edit.text().strip(), self.password_edit.text()
