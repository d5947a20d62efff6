# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QMainWindow,
    QMenu, QMenuBar, QSizePolicy, QSplitter,
    QStatusBar, QTabWidget, QTableView, QToolBar,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.actionNewArticle = QAction(MainWindow)
        self.actionNewArticle.setObjectName(u"actionNewArticle")
#if QT_CONFIG(shortcut)
        self.actionNewArticle.setShortcut(u"Ctrl+N")
#endif // QT_CONFIG(shortcut)
        self.actionSave = QAction(MainWindow)
        self.actionSave.setObjectName(u"actionSave")
#if QT_CONFIG(shortcut)
        self.actionSave.setShortcut(u"Ctrl+S")
#endif // QT_CONFIG(shortcut)
        self.actionCloseTab = QAction(MainWindow)
        self.actionCloseTab.setObjectName(u"actionCloseTab")
#if QT_CONFIG(shortcut)
        self.actionCloseTab.setShortcut(u"Ctrl+W")
#endif // QT_CONFIG(shortcut)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionFocusSearch = QAction(MainWindow)
        self.actionFocusSearch.setObjectName(u"actionFocusSearch")
#if QT_CONFIG(shortcut)
        self.actionFocusSearch.setShortcut(u"Ctrl+F")
#endif // QT_CONFIG(shortcut)
        self.actionRefresh = QAction(MainWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
#if QT_CONFIG(shortcut)
        self.actionRefresh.setShortcut(u"F5")
#endif // QT_CONFIG(shortcut)
        self.actionRevisions = QAction(MainWindow)
        self.actionRevisions.setObjectName(u"actionRevisions")
        self.actionRevisions.setCheckable(True)
        self.actionDarkTheme = QAction(MainWindow)
        self.actionDarkTheme.setObjectName(u"actionDarkTheme")
        self.actionDarkTheme.setCheckable(True)
        self.actionIndonesian = QAction(MainWindow)
        self.actionIndonesian.setObjectName(u"actionIndonesian")
        self.actionIndonesian.setCheckable(True)
        self.actionIndonesian.setText(u"Bahasa Indonesia")
        self.actionEnglish = QAction(MainWindow)
        self.actionEnglish.setObjectName(u"actionEnglish")
        self.actionEnglish.setCheckable(True)
        self.actionEnglish.setText(u"English")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(4, 4, 4, 4)
        self.mainSplitter = QSplitter(self.centralWidget)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.viewList = QListWidget(self.mainSplitter)
        self.viewList.setObjectName(u"viewList")
        self.viewList.setMinimumSize(QSize(150, 0))
        self.mainSplitter.addWidget(self.viewList)
        self.listPane = QWidget(self.mainSplitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.searchEdit = QLineEdit(self.listPane)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.listLayout.addWidget(self.searchEdit)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.statusFilter = QComboBox(self.listPane)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterLayout.addWidget(self.statusFilter)

        self.deskFilter = QComboBox(self.listPane)
        self.deskFilter.setObjectName(u"deskFilter")

        self.filterLayout.addWidget(self.deskFilter)

        self.personFilter = QComboBox(self.listPane)
        self.personFilter.setObjectName(u"personFilter")

        self.filterLayout.addWidget(self.personFilter)


        self.listLayout.addLayout(self.filterLayout)

        self.dateLayout = QHBoxLayout()
        self.dateLayout.setObjectName(u"dateLayout")
        self.dateFilterCheck = QCheckBox(self.listPane)
        self.dateFilterCheck.setObjectName(u"dateFilterCheck")

        self.dateLayout.addWidget(self.dateFilterCheck)

        self.dateFromEdit = QDateEdit(self.listPane)
        self.dateFromEdit.setObjectName(u"dateFromEdit")
        self.dateFromEdit.setCalendarPopup(True)
        self.dateFromEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.dateLayout.addWidget(self.dateFromEdit)

        self.dateToEdit = QDateEdit(self.listPane)
        self.dateToEdit.setObjectName(u"dateToEdit")
        self.dateToEdit.setCalendarPopup(True)
        self.dateToEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.dateLayout.addWidget(self.dateToEdit)


        self.listLayout.addLayout(self.dateLayout)

        self.articleTable = QTableView(self.listPane)
        self.articleTable.setObjectName(u"articleTable")
        self.articleTable.setAlternatingRowColors(True)
        self.articleTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.articleTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.articleTable.setSortingEnabled(False)
        self.articleTable.setWordWrap(False)

        self.listLayout.addWidget(self.articleTable)

        self.resultLabel = QLabel(self.listPane)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setText(u"")

        self.listLayout.addWidget(self.resultLabel)

        self.mainSplitter.addWidget(self.listPane)
        self.editorTabs = QTabWidget(self.mainSplitter)
        self.editorTabs.setObjectName(u"editorTabs")
        self.editorTabs.setTabsClosable(True)
        self.editorTabs.setMovable(True)
        self.editorTabs.setDocumentMode(True)
        self.mainSplitter.addWidget(self.editorTabs)

        self.centralLayout.addWidget(self.mainSplitter)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuView = QMenu(self.menuBar)
        self.menuView.setObjectName(u"menuView")
        MainWindow.setMenuBar(self.menuBar)
        self.mainToolBar = QToolBar(MainWindow)
        self.mainToolBar.setObjectName(u"mainToolBar")
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.mainToolBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuView.menuAction())
        self.menuFile.addAction(self.actionNewArticle)
        self.menuFile.addAction(self.actionSave)
        self.menuFile.addAction(self.actionCloseTab)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuView.addAction(self.actionFocusSearch)
        self.menuView.addAction(self.actionRefresh)
        self.menuView.addAction(self.actionRevisions)
        self.menuView.addSeparator()
        self.menuView.addAction(self.actionDarkTheme)
        self.menuView.addAction(self.actionIndonesian)
        self.menuView.addAction(self.actionEnglish)
        self.mainToolBar.addAction(self.actionNewArticle)
        self.mainToolBar.addAction(self.actionSave)
        self.mainToolBar.addAction(self.actionRefresh)
        self.mainToolBar.addAction(self.actionRevisions)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Meja Redaksi", None))
        self.actionNewArticle.setText(QCoreApplication.translate("MainWindow", u"&New article", None))
        self.actionSave.setText(QCoreApplication.translate("MainWindow", u"&Save", None))
        self.actionCloseTab.setText(QCoreApplication.translate("MainWindow", u"&Close tab", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionFocusSearch.setText(QCoreApplication.translate("MainWindow", u"&Find articles", None))
        self.actionRefresh.setText(QCoreApplication.translate("MainWindow", u"&Refresh", None))
        self.actionRevisions.setText(QCoreApplication.translate("MainWindow", u"Revision &history", None))
        self.actionDarkTheme.setText(QCoreApplication.translate("MainWindow", u"&Dark theme", None))
#if QT_CONFIG(accessibility)
        self.viewList.setAccessibleName(QCoreApplication.translate("MainWindow", u"Views", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Search headline, lead, body, tags\u2026", None))
#if QT_CONFIG(tooltip)
        self.statusFilter.setToolTip(QCoreApplication.translate("MainWindow", u"Filter by status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.deskFilter.setToolTip(QCoreApplication.translate("MainWindow", u"Filter by desk", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.personFilter.setToolTip(QCoreApplication.translate("MainWindow", u"Filter by reporter, photographer or editor", None))
#endif // QT_CONFIG(tooltip)
        self.dateFilterCheck.setText(QCoreApplication.translate("MainWindow", u"Updated between", None))
#if QT_CONFIG(accessibility)
        self.articleTable.setAccessibleName(QCoreApplication.translate("MainWindow", u"Articles", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.mainToolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Main toolbar", None))
    # retranslateUi

