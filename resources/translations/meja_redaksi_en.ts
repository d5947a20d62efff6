<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/article_editor.py" line="175" />
        <source>New article</source>
        <translation>New article</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/meja_redaksi/gui/editor/article_editor.py" line="202" />
        <source>%n word(s)</source>
        <translation><numerusform>%n word</numerusform><numerusform>%n words</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/meja_redaksi/gui/editor/article_editor.py" line="204" />
        <source>%n character(s)</source>
        <translation><numerusform>%n character</numerusform><numerusform>%n characters</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/meja_redaksi/gui/editor/article_editor.py" line="206" />
        <source>%n minute(s) to read</source>
        <translation><numerusform>%n minute to read</numerusform><numerusform>%n minutes to read</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/article_editor.py" line="301" />
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/article_editor.py" line="309" />
        <source>Restored revision %1</source>
        <translation>Restored revision %1</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="24" />
        <location filename="../../ui/article_editor.ui" line="25" />
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="31" />
        <source>Lead: the first paragraph in one or two sentences</source>
        <translation>Lead: the first paragraph in one or two sentences</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="32" />
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="48" />
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="49" />
        <source>Write the story here…</source>
        <translation>Write the story here…</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="61" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="66" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="72" />
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="76" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="80" />
        <source>comma-separated</source>
        <translation>comma-separated</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="84" />
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="88" />
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="92" />
        <source>Photographer</source>
        <translation>Photographer</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="98" />
        <source>Related articles</source>
        <translation>Related articles</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="104" />
        <source>Suggestions (double-click to add)</source>
        <translation>Suggestions (double-click to add)</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="108" />
        <source>Search for a related article…</source>
        <translation>Search for a related article…</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="118" />
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>FormattingActions</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="57" />
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="58" />
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="59" />
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="60" />
        <source>Subheading</source>
        <translation>Subheading</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="61" />
        <source>Plain paragraph</source>
        <translation>Plain paragraph</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="62" />
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="63" />
        <source>Numbered list</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="64" />
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="65" />
        <source>Pull quote</source>
        <translation>Pull quote</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="66" />
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="179" />
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="179" />
        <source>Address (https://…)</source>
        <translation>Address (https://…)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="45" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="46" />
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="47" />
        <source>Editing</source>
        <translation>Editing</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="48" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="49" />
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="50" />
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="51" />
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="52" />
        <source>Unpublished</source>
        <translation>Unpublished</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="53" />
        <source>Spiked</source>
        <translation>Spiked</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="54" />
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="55" />
        <source>My tasks</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="56" />
        <source>My drafts</source>
        <translation>My drafts</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="57" />
        <source>All articles</source>
        <translation>All articles</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="58" />
        <source>Assignments</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="59" />
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="60" />
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="61" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="62" />
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="63" />
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="64" />
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="65" />
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="66" />
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="67" />
        <location filename="../../src/meja_redaksi/gui/models/article_list.py" line="133" />
        <source>(no headline)</source>
        <translation>(no headline)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="129" />
        <source>working…</source>
        <translation>working…</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="171" />
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="250" />
        <source>All desks</source>
        <translation>All desks</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="177" />
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="253" />
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="181" />
        <source>not signed in</source>
        <translation>not signed in</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="191" />
        <source>Recovered %n unsaved article(s): check them and save.</source>
        <translation><numerusform>Recovered %n unsaved article: check them and save.</numerusform><numerusform>Recovered %n unsaved articles: check them and save.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="230" />
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="245" />
        <source>Revision history</source>
        <translation>Revision history</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="293" />
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="476" />
        <source>%n article(s)</source>
        <translation><numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="415" />
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="9" />
        <source>Meja Redaksi</source>
        <translation>Meja Redaksi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="23" />
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="33" />
        <source>Search headline, lead, body, tags…</source>
        <translation>Search headline, lead, body, tags…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="41" />
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="46" />
        <source>Filter by desk</source>
        <translation>Filter by desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="51" />
        <source>Filter by reporter, photographer or editor</source>
        <translation>Filter by reporter, photographer or editor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="60" />
        <source>Updated between</source>
        <translation>Updated between</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="84" />
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="105" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="113" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="126" />
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="136" />
        <source>&amp;New article</source>
        <translation>&amp;New article</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="140" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="144" />
        <source>&amp;Close tab</source>
        <translation>&amp;Close tab</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="148" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="152" />
        <source>&amp;Find articles</source>
        <translation>&amp;Find articles</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="156" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="161" />
        <source>Revision &amp;history</source>
        <translation>Revision &amp;history</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="165" />
        <source>&amp;Dark theme</source>
        <translation>&amp;Dark theme</translation>
    </message>
</context>
<context>
    <name>RevisionHistory</name>
    <message>
        <location filename="../../ui/revision_history.ui" line="11" />
        <source>Revisions</source>
        <translation>Revisions</translation>
    </message>
    <message>
        <location filename="../../ui/revision_history.ui" line="16" />
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../ui/revision_history.ui" line="18" />
        <source>with</source>
        <translation>with</translation>
    </message>
    <message>
        <location filename="../../ui/revision_history.ui" line="27" />
        <source>Restore selected revision</source>
        <translation>Restore selected revision</translation>
    </message>
</context>
<context>
    <name>RevisionPanel</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/revisions.py" line="76" />
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
</TS>