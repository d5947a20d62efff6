# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'revision_history.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_RevisionHistory(object):
    def setupUi(self, RevisionHistory):
        if not RevisionHistory.objectName():
            RevisionHistory.setObjectName(u"RevisionHistory")
        RevisionHistory.resize(360, 500)
        self.historyLayout = QVBoxLayout(RevisionHistory)
        self.historyLayout.setObjectName(u"historyLayout")
        self.revisionList = QListWidget(RevisionHistory)
        self.revisionList.setObjectName(u"revisionList")

        self.historyLayout.addWidget(self.revisionList)

        self.compareLayout = QHBoxLayout()
        self.compareLayout.setObjectName(u"compareLayout")
        self.fromCaption = QLabel(RevisionHistory)
        self.fromCaption.setObjectName(u"fromCaption")

        self.compareLayout.addWidget(self.fromCaption)

        self.fromCombo = QComboBox(RevisionHistory)
        self.fromCombo.setObjectName(u"fromCombo")

        self.compareLayout.addWidget(self.fromCombo)

        self.toCaption = QLabel(RevisionHistory)
        self.toCaption.setObjectName(u"toCaption")

        self.compareLayout.addWidget(self.toCaption)

        self.toCombo = QComboBox(RevisionHistory)
        self.toCombo.setObjectName(u"toCombo")

        self.compareLayout.addWidget(self.toCombo)


        self.historyLayout.addLayout(self.compareLayout)

        self.diffBrowser = QTextBrowser(RevisionHistory)
        self.diffBrowser.setObjectName(u"diffBrowser")

        self.historyLayout.addWidget(self.diffBrowser)

        self.restoreButton = QPushButton(RevisionHistory)
        self.restoreButton.setObjectName(u"restoreButton")

        self.historyLayout.addWidget(self.restoreButton)


        self.retranslateUi(RevisionHistory)

        QMetaObject.connectSlotsByName(RevisionHistory)
    # setupUi

    def retranslateUi(self, RevisionHistory):
#if QT_CONFIG(accessibility)
        self.revisionList.setAccessibleName(QCoreApplication.translate("RevisionHistory", u"Revisions", None))
#endif // QT_CONFIG(accessibility)
        self.fromCaption.setText(QCoreApplication.translate("RevisionHistory", u"Compare", None))
        self.toCaption.setText(QCoreApplication.translate("RevisionHistory", u"with", None))
        self.restoreButton.setText(QCoreApplication.translate("RevisionHistory", u"Restore selected revision", None))
        pass
    # retranslateUi

