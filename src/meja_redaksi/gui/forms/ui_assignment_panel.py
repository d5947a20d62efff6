# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'assignment_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_AssignmentPanel(object):
    def setupUi(self, AssignmentPanel):
        if not AssignmentPanel.objectName():
            AssignmentPanel.setObjectName(u"AssignmentPanel")
        AssignmentPanel.resize(560, 680)
        self.panelLayout = QVBoxLayout(AssignmentPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.deskFilter = QComboBox(AssignmentPanel)
        self.deskFilter.setObjectName(u"deskFilter")

        self.toolLayout.addWidget(self.deskFilter)

        self.mineCheck = QCheckBox(AssignmentPanel)
        self.mineCheck.setObjectName(u"mineCheck")

        self.toolLayout.addWidget(self.mineCheck)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.newButton = QPushButton(AssignmentPanel)
        self.newButton.setObjectName(u"newButton")

        self.toolLayout.addWidget(self.newButton)

        self.editButton = QPushButton(AssignmentPanel)
        self.editButton.setObjectName(u"editButton")

        self.toolLayout.addWidget(self.editButton)

        self.startButton = QPushButton(AssignmentPanel)
        self.startButton.setObjectName(u"startButton")

        self.toolLayout.addWidget(self.startButton)

        self.cancelButton = QPushButton(AssignmentPanel)
        self.cancelButton.setObjectName(u"cancelButton")

        self.toolLayout.addWidget(self.cancelButton)


        self.panelLayout.addLayout(self.toolLayout)

        self.panelSplitter = QSplitter(AssignmentPanel)
        self.panelSplitter.setObjectName(u"panelSplitter")
        self.panelSplitter.setOrientation(Qt.Vertical)
        self.assignmentTable = QTableView(self.panelSplitter)
        self.assignmentTable.setObjectName(u"assignmentTable")
        self.assignmentTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.assignmentTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.assignmentTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.assignmentTable.setDragEnabled(True)
        self.assignmentTable.setDragDropMode(QAbstractItemView.DragOnly)
        self.panelSplitter.addWidget(self.assignmentTable)
        self.roleTabs = QTabWidget(self.panelSplitter)
        self.roleTabs.setObjectName(u"roleTabs")
        self.reporterTab = QWidget()
        self.reporterTab.setObjectName(u"reporterTab")
        self.reporterLayout = QVBoxLayout(self.reporterTab)
        self.reporterLayout.setObjectName(u"reporterLayout")
        self.reporterTable = QTableView(self.reporterTab)
        self.reporterTable.setObjectName(u"reporterTable")

        self.reporterLayout.addWidget(self.reporterTable)

        self.roleTabs.addTab(self.reporterTab, "")
        self.photographerTab = QWidget()
        self.photographerTab.setObjectName(u"photographerTab")
        self.photographerLayout = QVBoxLayout(self.photographerTab)
        self.photographerLayout.setObjectName(u"photographerLayout")
        self.photographerTable = QTableView(self.photographerTab)
        self.photographerTable.setObjectName(u"photographerTable")

        self.photographerLayout.addWidget(self.photographerTable)

        self.roleTabs.addTab(self.photographerTab, "")
        self.editorTab = QWidget()
        self.editorTab.setObjectName(u"editorTab")
        self.editorLayout = QVBoxLayout(self.editorTab)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorTable = QTableView(self.editorTab)
        self.editorTable.setObjectName(u"editorTable")

        self.editorLayout.addWidget(self.editorTable)

        self.roleTabs.addTab(self.editorTab, "")
        self.panelSplitter.addWidget(self.roleTabs)

        self.panelLayout.addWidget(self.panelSplitter)

        self.hintLabel = QLabel(AssignmentPanel)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.hintLabel)


        self.retranslateUi(AssignmentPanel)

        QMetaObject.connectSlotsByName(AssignmentPanel)
    # setupUi

    def retranslateUi(self, AssignmentPanel):
#if QT_CONFIG(tooltip)
        self.deskFilter.setToolTip(QCoreApplication.translate("AssignmentPanel", u"Show one desk's people and assignments", None))
#endif // QT_CONFIG(tooltip)
        self.mineCheck.setText(QCoreApplication.translate("AssignmentPanel", u"&Only my tasks", None))
        self.newButton.setText(QCoreApplication.translate("AssignmentPanel", u"&New assignment\u2026", None))
        self.editButton.setText(QCoreApplication.translate("AssignmentPanel", u"&Edit\u2026", None))
        self.startButton.setText(QCoreApplication.translate("AssignmentPanel", u"&Start article", None))
        self.cancelButton.setText(QCoreApplication.translate("AssignmentPanel", u"&Cancel assignment", None))
        self.roleTabs.setTabText(self.roleTabs.indexOf(self.reporterTab), QCoreApplication.translate("AssignmentPanel", u"Reporters", None))
        self.roleTabs.setTabText(self.roleTabs.indexOf(self.photographerTab), QCoreApplication.translate("AssignmentPanel", u"Photographers", None))
        self.roleTabs.setTabText(self.roleTabs.indexOf(self.editorTab), QCoreApplication.translate("AssignmentPanel", u"Editors", None))
        self.hintLabel.setText(QCoreApplication.translate("AssignmentPanel", u"Drag an assignment (or an article from the review queue) onto a person to assign it.", None))
        pass
    # retranslateUi

