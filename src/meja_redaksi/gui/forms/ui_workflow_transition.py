# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workflow_transition.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateTimeEdit, QDialog,
    QDialogButtonBox, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_TransitionDialog(object):
    def setupUi(self, TransitionDialog):
        if not TransitionDialog.objectName():
            TransitionDialog.setObjectName(u"TransitionDialog")
        TransitionDialog.resize(420, 260)
        self.dialogLayout = QVBoxLayout(TransitionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.promptLabel = QLabel(TransitionDialog)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.promptLabel)

        self.noteLabel = QLabel(TransitionDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.dialogLayout.addWidget(self.noteLabel)

        self.noteEdit = QPlainTextEdit(TransitionDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.noteEdit)

        self.whenLabel = QLabel(TransitionDialog)
        self.whenLabel.setObjectName(u"whenLabel")

        self.dialogLayout.addWidget(self.whenLabel)

        self.whenEdit = QDateTimeEdit(TransitionDialog)
        self.whenEdit.setObjectName(u"whenEdit")
        self.whenEdit.setCalendarPopup(True)
        self.whenEdit.setDisplayFormat(u"dd/MM/yyyy HH:mm")

        self.dialogLayout.addWidget(self.whenEdit)

        self.problemLabel = QLabel(TransitionDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setStyleSheet(u"color: #c0392b;")

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(TransitionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
        self.whenLabel.setBuddy(self.whenEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.noteEdit, self.whenEdit)

        self.retranslateUi(TransitionDialog)

        QMetaObject.connectSlotsByName(TransitionDialog)
    # setupUi

    def retranslateUi(self, TransitionDialog):
        TransitionDialog.setWindowTitle(QCoreApplication.translate("TransitionDialog", u"Workflow action", None))
        self.noteLabel.setText(QCoreApplication.translate("TransitionDialog", u"&Note for the reporter:", None))
        self.whenLabel.setText(QCoreApplication.translate("TransitionDialog", u"&Date and time:", None))
    # retranslateUi

