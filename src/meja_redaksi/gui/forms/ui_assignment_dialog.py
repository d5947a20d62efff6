# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'assignment_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_AssignmentDialog(object):
    def setupUi(self, AssignmentDialog):
        if not AssignmentDialog.objectName():
            AssignmentDialog.setObjectName(u"AssignmentDialog")
        AssignmentDialog.resize(480, 520)
        self.dialogLayout = QVBoxLayout(AssignmentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.titleLabel = QLabel(AssignmentDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(AssignmentDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.briefLabel = QLabel(AssignmentDialog)
        self.briefLabel.setObjectName(u"briefLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.briefLabel)

        self.briefEdit = QPlainTextEdit(AssignmentDialog)
        self.briefEdit.setObjectName(u"briefEdit")
        self.briefEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.briefEdit)

        self.locationLabel = QLabel(AssignmentDialog)
        self.locationLabel.setObjectName(u"locationLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QLineEdit(AssignmentDialog)
        self.locationEdit.setObjectName(u"locationEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.eventLabel = QLabel(AssignmentDialog)
        self.eventLabel.setObjectName(u"eventLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.eventLabel)

        self.eventEdit = QDateTimeEdit(AssignmentDialog)
        self.eventEdit.setObjectName(u"eventEdit")
        self.eventEdit.setCalendarPopup(True)
        self.eventEdit.setDisplayFormat(u"dd/MM/yyyy HH:mm")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.eventEdit)

        self.deadlineLabel = QLabel(AssignmentDialog)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadlineEdit = QDateTimeEdit(AssignmentDialog)
        self.deadlineEdit.setObjectName(u"deadlineEdit")
        self.deadlineEdit.setCalendarPopup(True)
        self.deadlineEdit.setDisplayFormat(u"dd/MM/yyyy HH:mm")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.deadlineEdit)

        self.deskLabel = QLabel(AssignmentDialog)
        self.deskLabel.setObjectName(u"deskLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.deskLabel)

        self.deskCombo = QComboBox(AssignmentDialog)
        self.deskCombo.setObjectName(u"deskCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.deskCombo)

        self.reportersLabel = QLabel(AssignmentDialog)
        self.reportersLabel.setObjectName(u"reportersLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reportersLabel)

        self.reporterList = QListWidget(AssignmentDialog)
        self.reporterList.setObjectName(u"reporterList")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reporterList)

        self.photographerLabel = QLabel(AssignmentDialog)
        self.photographerLabel.setObjectName(u"photographerLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.photographerLabel)

        self.photographerCombo = QComboBox(AssignmentDialog)
        self.photographerCombo.setObjectName(u"photographerCombo")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.photographerCombo)

        self.editorLabel = QLabel(AssignmentDialog)
        self.editorLabel.setObjectName(u"editorLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.editorLabel)

        self.editorCombo = QComboBox(AssignmentDialog)
        self.editorCombo.setObjectName(u"editorCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.editorCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.problemLabel = QLabel(AssignmentDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setStyleSheet(u"color: #c0392b;")

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(AssignmentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.briefLabel.setBuddy(self.briefEdit)
        self.locationLabel.setBuddy(self.locationEdit)
        self.eventLabel.setBuddy(self.eventEdit)
        self.deadlineLabel.setBuddy(self.deadlineEdit)
        self.deskLabel.setBuddy(self.deskCombo)
        self.reportersLabel.setBuddy(self.reporterList)
        self.photographerLabel.setBuddy(self.photographerCombo)
        self.editorLabel.setBuddy(self.editorCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AssignmentDialog)

        QMetaObject.connectSlotsByName(AssignmentDialog)
    # setupUi

    def retranslateUi(self, AssignmentDialog):
        AssignmentDialog.setWindowTitle(QCoreApplication.translate("AssignmentDialog", u"Assignment", None))
        self.titleLabel.setText(QCoreApplication.translate("AssignmentDialog", u"&Title:", None))
        self.briefLabel.setText(QCoreApplication.translate("AssignmentDialog", u"&Brief:", None))
        self.locationLabel.setText(QCoreApplication.translate("AssignmentDialog", u"&Location:", None))
        self.eventLabel.setText(QCoreApplication.translate("AssignmentDialog", u"&Event time:", None))
        self.deadlineLabel.setText(QCoreApplication.translate("AssignmentDialog", u"&Deadline:", None))
        self.deskLabel.setText(QCoreApplication.translate("AssignmentDialog", u"De&sk:", None))
        self.reportersLabel.setText(QCoreApplication.translate("AssignmentDialog", u"&Reporters:", None))
        self.photographerLabel.setText(QCoreApplication.translate("AssignmentDialog", u"&Photographer:", None))
        self.editorLabel.setText(QCoreApplication.translate("AssignmentDialog", u"&Editor:", None))
    # retranslateUi

