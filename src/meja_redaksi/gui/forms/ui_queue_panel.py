# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'queue_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSplitter, QTableView, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_ReviewQueuePanel(object):
    def setupUi(self, ReviewQueuePanel):
        if not ReviewQueuePanel.objectName():
            ReviewQueuePanel.setObjectName(u"ReviewQueuePanel")
        ReviewQueuePanel.resize(520, 640)
        self.panelLayout = QVBoxLayout(ReviewQueuePanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.deskFilter = QComboBox(ReviewQueuePanel)
        self.deskFilter.setObjectName(u"deskFilter")

        self.filterLayout.addWidget(self.deskFilter)

        self.countsLabel = QLabel(ReviewQueuePanel)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setWordWrap(True)

        self.filterLayout.addWidget(self.countsLabel)


        self.panelLayout.addLayout(self.filterLayout)

        self.queueSplitter = QSplitter(ReviewQueuePanel)
        self.queueSplitter.setObjectName(u"queueSplitter")
        self.queueSplitter.setOrientation(Qt.Vertical)
        self.queueTable = QTableView(self.queueSplitter)
        self.queueTable.setObjectName(u"queueTable")
        self.queueTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.queueTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.queueTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.queueTable.setAlternatingRowColors(True)
        self.queueSplitter.addWidget(self.queueTable)
        self.diffView = QTextBrowser(self.queueSplitter)
        self.diffView.setObjectName(u"diffView")
        self.queueSplitter.addWidget(self.diffView)

        self.panelLayout.addWidget(self.queueSplitter)

        self.returnNoteEdit = QLineEdit(ReviewQueuePanel)
        self.returnNoteEdit.setObjectName(u"returnNoteEdit")

        self.panelLayout.addWidget(self.returnNoteEdit)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.previousButton = QPushButton(ReviewQueuePanel)
        self.previousButton.setObjectName(u"previousButton")

        self.buttonLayout.addWidget(self.previousButton)

        self.nextButton = QPushButton(ReviewQueuePanel)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonLayout.addWidget(self.nextButton)

        self.openButton = QPushButton(ReviewQueuePanel)
        self.openButton.setObjectName(u"openButton")

        self.buttonLayout.addWidget(self.openButton)

        self.returnButton = QPushButton(ReviewQueuePanel)
        self.returnButton.setObjectName(u"returnButton")

        self.buttonLayout.addWidget(self.returnButton)

        self.approveButton = QPushButton(ReviewQueuePanel)
        self.approveButton.setObjectName(u"approveButton")

        self.buttonLayout.addWidget(self.approveButton)


        self.panelLayout.addLayout(self.buttonLayout)


        self.retranslateUi(ReviewQueuePanel)

        QMetaObject.connectSlotsByName(ReviewQueuePanel)
    # setupUi

    def retranslateUi(self, ReviewQueuePanel):
#if QT_CONFIG(tooltip)
        self.deskFilter.setToolTip(QCoreApplication.translate("ReviewQueuePanel", u"Show one desk's queue", None))
#endif // QT_CONFIG(tooltip)
        self.returnNoteEdit.setPlaceholderText(QCoreApplication.translate("ReviewQueuePanel", u"Note for the reporter (required to return)", None))
        self.previousButton.setText(QCoreApplication.translate("ReviewQueuePanel", u"&Previous (K)", None))
        self.nextButton.setText(QCoreApplication.translate("ReviewQueuePanel", u"&Next (J)", None))
        self.openButton.setText(QCoreApplication.translate("ReviewQueuePanel", u"&Open (O)", None))
        self.returnButton.setText(QCoreApplication.translate("ReviewQueuePanel", u"&Return (R)", None))
        self.approveButton.setText(QCoreApplication.translate("ReviewQueuePanel", u"&Approve (A)", None))
        pass
    # retranslateUi

