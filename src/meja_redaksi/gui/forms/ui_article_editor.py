# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'article_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QSizePolicy, QSplitter, QTabWidget,
    QTextBrowser, QTextEdit, QVBoxLayout, QWidget)

class Ui_ArticleEditor(object):
    def setupUi(self, ArticleEditor):
        if not ArticleEditor.objectName():
            ArticleEditor.setObjectName(u"ArticleEditor")
        ArticleEditor.resize(900, 700)
        self.editorLayout = QVBoxLayout(ArticleEditor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(4, 4, 4, 4)
        self.editorSplitter = QSplitter(ArticleEditor)
        self.editorSplitter.setObjectName(u"editorSplitter")
        self.editorSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.writingPane = QWidget(self.editorSplitter)
        self.writingPane.setObjectName(u"writingPane")
        self.writingLayout = QVBoxLayout(self.writingPane)
        self.writingLayout.setObjectName(u"writingLayout")
        self.writingLayout.setContentsMargins(0, 0, 0, 0)
        self.headlineEdit = QLineEdit(self.writingPane)
        self.headlineEdit.setObjectName(u"headlineEdit")

        self.writingLayout.addWidget(self.headlineEdit)

        self.leadEdit = QPlainTextEdit(self.writingPane)
        self.leadEdit.setObjectName(u"leadEdit")
        self.leadEdit.setMaximumSize(QSize(16777215, 64))

        self.writingLayout.addWidget(self.leadEdit)

        self.toolbarHost = QWidget(self.writingPane)
        self.toolbarHost.setObjectName(u"toolbarHost")
        self.toolbarLayout = QHBoxLayout(self.toolbarHost)
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.toolbarLayout.setContentsMargins(0, 0, 0, 0)

        self.writingLayout.addWidget(self.toolbarHost)

        self.bodyEdit = QTextEdit(self.writingPane)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setAcceptRichText(True)

        self.writingLayout.addWidget(self.bodyEdit)

        self.countLabel = QLabel(self.writingPane)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.writingLayout.addWidget(self.countLabel)

        self.editorSplitter.addWidget(self.writingPane)
        self.sideTabs = QTabWidget(self.editorSplitter)
        self.sideTabs.setObjectName(u"sideTabs")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsLayout = QVBoxLayout(self.detailsTab)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.statusCaption = QLabel(self.detailsTab)
        self.statusCaption.setObjectName(u"statusCaption")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusCaption)

        self.statusValue = QLabel(self.detailsTab)
        self.statusValue.setObjectName(u"statusValue")
        self.statusValue.setText(u"")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusValue)

        self.deskCaption = QLabel(self.detailsTab)
        self.deskCaption.setObjectName(u"deskCaption")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.deskCaption)

        self.deskCombo = QComboBox(self.detailsTab)
        self.deskCombo.setObjectName(u"deskCombo")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.deskCombo)

        self.tagsCaption = QLabel(self.detailsTab)
        self.tagsCaption.setObjectName(u"tagsCaption")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tagsCaption)

        self.tagsEdit = QLineEdit(self.detailsTab)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tagsEdit)

        self.reporterCaption = QLabel(self.detailsTab)
        self.reporterCaption.setObjectName(u"reporterCaption")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reporterCaption)

        self.reporterCombo = QComboBox(self.detailsTab)
        self.reporterCombo.setObjectName(u"reporterCombo")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reporterCombo)

        self.editorCaption = QLabel(self.detailsTab)
        self.editorCaption.setObjectName(u"editorCaption")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.editorCaption)

        self.editorCombo = QComboBox(self.detailsTab)
        self.editorCombo.setObjectName(u"editorCombo")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.editorCombo)

        self.photographerCaption = QLabel(self.detailsTab)
        self.photographerCaption.setObjectName(u"photographerCaption")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.photographerCaption)

        self.photographerCombo = QComboBox(self.detailsTab)
        self.photographerCombo.setObjectName(u"photographerCombo")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.photographerCombo)


        self.detailsLayout.addLayout(self.detailsForm)

        self.relatedCaption = QLabel(self.detailsTab)
        self.relatedCaption.setObjectName(u"relatedCaption")

        self.detailsLayout.addWidget(self.relatedCaption)

        self.relatedList = QListWidget(self.detailsTab)
        self.relatedList.setObjectName(u"relatedList")

        self.detailsLayout.addWidget(self.relatedList)

        self.suggestionCaption = QLabel(self.detailsTab)
        self.suggestionCaption.setObjectName(u"suggestionCaption")

        self.detailsLayout.addWidget(self.suggestionCaption)

        self.relatedSearchEdit = QLineEdit(self.detailsTab)
        self.relatedSearchEdit.setObjectName(u"relatedSearchEdit")
        self.relatedSearchEdit.setClearButtonEnabled(True)

        self.detailsLayout.addWidget(self.relatedSearchEdit)

        self.suggestionList = QListWidget(self.detailsTab)
        self.suggestionList.setObjectName(u"suggestionList")

        self.detailsLayout.addWidget(self.suggestionList)

        self.sideTabs.addTab(self.detailsTab, "")
        self.previewTab = QWidget()
        self.previewTab.setObjectName(u"previewTab")
        self.previewLayout = QVBoxLayout(self.previewTab)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewBrowser = QTextBrowser(self.previewTab)
        self.previewBrowser.setObjectName(u"previewBrowser")

        self.previewLayout.addWidget(self.previewBrowser)

        self.sideTabs.addTab(self.previewTab, "")
        self.editorSplitter.addWidget(self.sideTabs)

        self.editorLayout.addWidget(self.editorSplitter)


        self.retranslateUi(ArticleEditor)

        QMetaObject.connectSlotsByName(ArticleEditor)
    # setupUi

    def retranslateUi(self, ArticleEditor):
        self.headlineEdit.setPlaceholderText(QCoreApplication.translate("ArticleEditor", u"Headline", None))
#if QT_CONFIG(accessibility)
        self.headlineEdit.setAccessibleName(QCoreApplication.translate("ArticleEditor", u"Headline", None))
#endif // QT_CONFIG(accessibility)
        self.leadEdit.setPlaceholderText(QCoreApplication.translate("ArticleEditor", u"Lead: the first paragraph in one or two sentences", None))
#if QT_CONFIG(accessibility)
        self.leadEdit.setAccessibleName(QCoreApplication.translate("ArticleEditor", u"Lead", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.bodyEdit.setAccessibleName(QCoreApplication.translate("ArticleEditor", u"Body", None))
#endif // QT_CONFIG(accessibility)
        self.bodyEdit.setPlaceholderText(QCoreApplication.translate("ArticleEditor", u"Write the story here\u2026", None))
        self.statusCaption.setText(QCoreApplication.translate("ArticleEditor", u"Status", None))
        self.deskCaption.setText(QCoreApplication.translate("ArticleEditor", u"Desk", None))
        self.tagsCaption.setText(QCoreApplication.translate("ArticleEditor", u"Tags", None))
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("ArticleEditor", u"comma-separated", None))
        self.reporterCaption.setText(QCoreApplication.translate("ArticleEditor", u"Reporter", None))
        self.editorCaption.setText(QCoreApplication.translate("ArticleEditor", u"Editor", None))
        self.photographerCaption.setText(QCoreApplication.translate("ArticleEditor", u"Photographer", None))
        self.relatedCaption.setText(QCoreApplication.translate("ArticleEditor", u"Related articles", None))
        self.suggestionCaption.setText(QCoreApplication.translate("ArticleEditor", u"Suggestions (double-click to add)", None))
        self.relatedSearchEdit.setPlaceholderText(QCoreApplication.translate("ArticleEditor", u"Search for a related article\u2026", None))
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.detailsTab), QCoreApplication.translate("ArticleEditor", u"Details", None))
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.previewTab), QCoreApplication.translate("ArticleEditor", u"Preview", None))
        pass
    # retranslateUi

