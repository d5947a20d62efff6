<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArticleActivityPanel</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Comments (never published)</source>
        <translation>Comments (never published)</translation>
    </message>
    <message>
        <source>Comment… type @ to mention someone</source>
        <translation>Comment… type @ to mention someone</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>Returned by the desk: %1</source>
        <translation>Returned by the desk: %1</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Nobody is signed in.</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>New article</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) to read</source>
        <translation>
            <numerusform>%n minute to read</numerusform>
            <numerusform>%n minutes to read</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Restored revision %1</source>
        <translation>Restored revision %1</translation>
    </message>
    <message>
        <source>Photo file missing: add the file of this photo in the Photos view.</source>
        <translation>Photo file missing: add the file of this photo in the Photos view.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>Lead: the first paragraph in one or two sentences</source>
        <translation>Lead: the first paragraph in one or two sentences</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Write the story here…</source>
        <translation>Write the story here…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>comma-separated</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Photographer</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>Related articles</translation>
    </message>
    <message>
        <source>Suggestions (double-click to add)</source>
        <translation>Suggestions (double-click to add)</translation>
    </message>
    <message>
        <source>Search for a related article…</source>
        <translation>Search for a related article…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>ArticlePhotosPanel</name>
    <message>
        <source>Drop photo files here to add them to this article</source>
        <translation>Drop photo files here to add them to this article</translation>
    </message>
    <message>
        <source>Attach photos…</source>
        <translation>Attach photos…</translation>
    </message>
    <message>
        <source>Set as main photo</source>
        <translation>Set as main photo</translation>
    </message>
    <message>
        <source>Remove from article</source>
        <translation>Remove from article</translation>
    </message>
    <message>
        <source>Insert in text</source>
        <translation>Insert in text</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n photo file(s)…</source>
        <translation>
            <numerusform>Adding %n photo file…</numerusform>
            <numerusform>Adding %n photo files…</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding photos: %1 of %2</source>
        <translation>Adding photos: %1 of %2</translation>
    </message>
    <message>
        <source>★ Main: %1</source>
        <translation>★ Main: %1</translation>
    </message>
    <message>
        <source>No photo attached. Drop files here or attach photos.</source>
        <translation>No photo attached. Drop files here or attach photos.</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>caption</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>credit</translation>
    </message>
    <message>
        <source>the photo file is missing: add the file in the Photos view</source>
        <translation>the photo file is missing: add the file in the Photos view</translation>
    </message>
    <message>
        <source>lacks: %1</source>
        <translation>lacks: %1</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Edit assignment</source>
        <translation>Edit assignment</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>New assignment</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Brief:</source>
        <translation>&amp;Brief:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>&amp;Event time:</source>
        <translation>&amp;Event time:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>De&amp;sk:</source>
        <translation>De&amp;sk:</translation>
    </message>
    <message>
        <source>&amp;Reporters:</source>
        <translation>&amp;Reporters:</translation>
    </message>
    <message>
        <source>&amp;Photographer:</source>
        <translation>&amp;Photographer:</translation>
    </message>
    <message>
        <source>&amp;Editor:</source>
        <translation>&amp;Editor:</translation>
    </message>
</context>
<context>
    <name>AssignmentModels</name>
    <message>
        <source>Assignment</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Reporters</source>
        <translation>Reporters</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Photographer</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Waiting on them</source>
        <translation>Waiting on them</translation>
    </message>
</context>
<context>
    <name>AssignmentPanel</name>
    <message>
        <source>All desks</source>
        <translation>All desks</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Nobody is signed in.</translation>
    </message>
    <message>
        <source>Show one desk&apos;s people and assignments</source>
        <translation>Show one desk&apos;s people and assignments</translation>
    </message>
    <message>
        <source>&amp;Only my tasks</source>
        <translation>&amp;Only my tasks</translation>
    </message>
    <message>
        <source>&amp;New assignment…</source>
        <translation>&amp;New assignment…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Start article</source>
        <translation>&amp;Start article</translation>
    </message>
    <message>
        <source>&amp;Cancel assignment</source>
        <translation>&amp;Cancel assignment</translation>
    </message>
    <message>
        <source>Reporters</source>
        <translation>Reporters</translation>
    </message>
    <message>
        <source>Photographers</source>
        <translation>Photographers</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>Editors</translation>
    </message>
    <message>
        <source>Drag an assignment (or an article from the review queue) onto a person to assign it.</source>
        <translation>Drag an assignment (or an article from the review queue) onto a person to assign it.</translation>
    </message>
</context>
<context>
    <name>AssignmentPhotoIngest</name>
    <message>
        <source>Photos for the assignment</source>
        <translation>Photos for the assignment</translation>
    </message>
    <message>
        <source>Add photos for this assignment…</source>
        <translation>Add photos for this assignment…</translation>
    </message>
    <message>
        <source>&amp;Photos…</source>
        <translation>&amp;Photos…</translation>
    </message>
    <message>
        <source>Add photos for this assignment (or drop image files onto its row)</source>
        <translation>Add photos for this assignment (or drop image files onto its row)</translation>
    </message>
    <message>
        <source>Add photos for this assignment</source>
        <translation>Add photos for this assignment</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Nobody is signed in.</translation>
    </message>
    <message>
        <source>Photos are still being added: wait or cancel first.</source>
        <translation>Photos are still being added: wait or cancel first.</translation>
    </message>
    <message>
        <source>%1 photos attached to “%2”.</source>
        <translation>%1 photos attached to “%2”.</translation>
    </message>
    <message>
        <source>%1 files refused: %2</source>
        <translation>%1 files refused: %2</translation>
    </message>
</context>
<context>
    <name>BatchTemplateDialog</name>
    <message>
        <source>Apply caption template</source>
        <translation>Apply caption template</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Photographer</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alt text</translation>
    </message>
    <message>
        <source>Extended description</source>
        <translation>Extended description</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Append</source>
        <translation>Append</translation>
    </message>
    <message>
        <source>Variables: {filename}, {date}, {seq}, {photographer}; =code= becomes the photographer&apos;s full name.</source>
        <translation>Variables: {filename}, {date}, {seq}, {photographer}; =code= becomes the photographer&apos;s full name.</translation>
    </message>
    <message numerus="yes">
        <source>Applies to %n photo(s)</source>
        <translation>
            <numerusform>Applies to %n photo</numerusform>
            <numerusform>Applies to %n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
</context>
<context>
    <name>CaptionPanel</name>
    <message>
        <source>Known</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Photographer</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alt text</translation>
    </message>
    <message>
        <source>Extended description</source>
        <translation>Extended description</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Date taken</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Apply template…</source>
        <translation>Apply template…</translation>
    </message>
    <message>
        <source>Find and replace…</source>
        <translation>Find and replace…</translation>
    </message>
    <message>
        <source>Previous photo (Alt+Left)</source>
        <translation>Previous photo (Alt+Left)</translation>
    </message>
    <message>
        <source>Next photo (Alt+Right)</source>
        <translation>Next photo (Alt+Right)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(mixed)</translation>
    </message>
    <message>
        <source>%1 / %2 bytes</source>
        <translation>%1 / %2 bytes</translation>
    </message>
    <message>
        <source>Longer than the IPTC limit: the file&apos;s IPTC copy will be cut, XMP keeps it all</source>
        <translation>Longer than the IPTC limit: the file&apos;s IPTC copy will be cut, XMP keeps it all</translation>
    </message>
</context>
<context>
    <name>CheckingContextMenu</name>
    <message>
        <source>No suggestions</source>
        <translation>No suggestions</translation>
    </message>
    <message>
        <source>Add to newsroom dictionary</source>
        <translation>Add to newsroom dictionary</translation>
    </message>
    <message>
        <source>The text changed; check again</source>
        <translation>The text changed; check again</translation>
    </message>
    <message>
        <source>Added to the newsroom dictionary: %1</source>
        <translation>Added to the newsroom dictionary: %1</translation>
    </message>
</context>
<context>
    <name>ConflictDock</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>Conflict resolved; synchronizing</source>
        <translation>Conflict resolved; synchronizing</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Portal version</source>
        <translation>Portal version</translation>
    </message>
    <message>
        <source>Local version</source>
        <translation>Local version</translation>
    </message>
    <message>
        <source>Take the portal&apos;s</source>
        <translation>Take the portal&apos;s</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Merge by hand…</source>
        <translation>Merge by hand…</translation>
    </message>
    <message>
        <source>Kept on this device (not sent to the portal):</source>
        <translation>Kept on this device (not sent to the portal):</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>No conflicts to resolve.</translation>
    </message>
    <message>
        <source>No conflicts: everything is in step with the portal.</source>
        <translation>No conflicts: everything is in step with the portal.</translation>
    </message>
</context>
<context>
    <name>EditorCopyCheck</name>
    <message>
        <source>Spelling is not checked: the Indonesian dictionary (hunspell-id) is not installed. Style hints still work.</source>
        <translation>Spelling is not checked: the Indonesian dictionary (hunspell-id) is not installed. Style hints still work.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <source>Hints (%1)</source>
        <translation>Hints (%1)</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Hints</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export photos with captions</source>
        <translation>Export photos with captions</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Keep the GPS position in the files</source>
        <translation>Keep the GPS position in the files</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) will be copied with title, caption, credit and keywords written into the file (IPTC and XMP).</source>
        <translation>
            <numerusform>%n photo will be copied with title, caption, credit and keywords written into the file (IPTC and XMP).</numerusform>
            <numerusform>%n photos will be copied with title, caption, credit and keywords written into the file (IPTC and XMP).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Export to folder</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and replace in captions</source>
        <translation>Find and replace in captions</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Match case</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alt text</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Replace all</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in %1 photo(s)</source>
        <translation>
            <numerusform>%n match in %1 photo</numerusform>
            <numerusform>%n matches in %1 photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormattingActions</name>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Subheading</translation>
    </message>
    <message>
        <source>Plain paragraph</source>
        <translation>Plain paragraph</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Pull quote</source>
        <translation>Pull quote</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Address (https://…)</source>
        <translation>Address (https://…)</translation>
    </message>
</context>
<context>
    <name>IngestProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>Reading files…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Ingest stopped: %1</source>
        <translation>Ingest stopped: %1</translation>
    </message>
    <message>
        <source>%1 new, %2 already there, %3 refused</source>
        <translation>%1 new, %2 already there, %3 refused</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Editing</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Unpublished</translation>
    </message>
    <message>
        <source>Spiked</source>
        <translation>Spiked</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>My drafts</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>All articles</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(no headline)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>working…</source>
        <translation>working…</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>All desks</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>not signed in</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n unsaved article(s): check them and save.</source>
        <translation>
            <numerusform>Recovered %n unsaved article: check them and save.</numerusform>
            <numerusform>Recovered %n unsaved articles: check them and save.</numerusform>
        </translation>
    </message>
    <message>
        <source>No people in this store yet.</source>
        <translation>No people in this store yet.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Who is working at this desk?</source>
        <translation>Who is working at this desk?</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Sign &amp;in as…</source>
        <translation>Sign &amp;in as…</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>Revision history</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>counting…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Meja Redaksi</source>
        <translation>Meja Redaksi</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Search headline, lead, body, tags…</source>
        <translation>Search headline, lead, body, tags…</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Filter by desk</source>
        <translation>Filter by desk</translation>
    </message>
    <message>
        <source>Filter by reporter, photographer or editor</source>
        <translation>Filter by reporter, photographer or editor</translation>
    </message>
    <message>
        <source>Updated between</source>
        <translation>Updated between</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;New article</source>
        <translation>&amp;New article</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Close tab</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Find articles</source>
        <translation>&amp;Find articles</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Revision &amp;history</source>
        <translation>Revision &amp;history</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Dark theme</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge by hand</source>
        <translation>Merge by hand</translation>
    </message>
</context>
<context>
    <name>NotificationPanel</name>
    <message>
        <source>Mark all as read</source>
        <translation>Mark all as read</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Mentioned you</source>
        <translation>Mentioned you</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>New assignment</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
</context>
<context>
    <name>PeopleAdminDialog</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Save person</source>
        <translation>Save person</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>New desk name</source>
        <translation>New desk name</translation>
    </message>
    <message>
        <source>Add desk</source>
        <translation>Add desk</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>Desk:</source>
        <translation>Desk:</translation>
    </message>
    <message>
        <source>Desks (rubrik):</source>
        <translation>Desks (rubrik):</translation>
    </message>
    <message>
        <source>People and desks</source>
        <translation>People and desks</translation>
    </message>
    <message>
        <source>Only an admin may change people and desks.</source>
        <translation>Only an admin may change people and desks.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Nobody is signed in.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>PhotoActions</name>
    <message>
        <source>Add photos…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>Add photo folder…</source>
        <translation>Add photo folder…</translation>
    </message>
    <message>
        <source>Export photo with captions…</source>
        <translation>Export photo with captions…</translation>
    </message>
</context>
<context>
    <name>PhotoPage</name>
    <message>
        <source>Add photos…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <source>Export with captions…</source>
        <translation>Export with captions…</translation>
    </message>
    <message>
        <source>Add its file…</source>
        <translation>Add its file…</translation>
    </message>
    <message>
        <source>This photo has a caption but no file yet: choose the image file</source>
        <translation>This photo has a caption but no file yet: choose the image file</translation>
    </message>
    <message>
        <source>Only photos without caption or credit</source>
        <translation>Only photos without caption or credit</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without caption or credit</source>
        <translation>
            <numerusform>%n without caption or credit</numerusform>
            <numerusform>%n without caption or credit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the captions of %n photo(s).</source>
        <translation>
            <numerusform>Saved the captions of %n photo.</numerusform>
            <numerusform>Saved the captions of %n photos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the photos to caption first.</source>
        <translation>Select the photos to caption first.</translation>
    </message>
    <message>
        <source>Select the photos to search first.</source>
        <translation>Select the photos to search first.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>Add photo folder</source>
        <translation>Add photo folder</translation>
    </message>
    <message>
        <source>Photos cannot be added to this store.</source>
        <translation>Photos cannot be added to this store.</translation>
    </message>
    <message>
        <source>Photos are still being added: wait or cancel first.</source>
        <translation>Photos are still being added: wait or cancel first.</translation>
    </message>
    <message>
        <source>Added the file of &apos;%1&apos;.</source>
        <translation>Added the file of &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Select the photos to export first.</source>
        <translation>Select the photos to export first.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n photo(s) with captions to %1</source>
        <translation>
            <numerusform>Exported %n photo with captions to %1</numerusform>
            <numerusform>Exported %n photos with captions to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoPickerDialog</name>
    <message>
        <source>Attach photos</source>
        <translation>Attach photos</translation>
    </message>
    <message>
        <source>Filter by title, caption or file name</source>
        <translation>Filter by title, caption or file name</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Attach</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Drop photos or folders here to add them</source>
        <translation>Drop photos or folders here to add them</translation>
    </message>
    <message>
        <source>(loading)</source>
        <translation>(loading)</translation>
    </message>
    <message>
        <source>No caption yet</source>
        <translation>No caption yet</translation>
    </message>
    <message>
        <source>The file of this photo is missing: add it to the store</source>
        <translation>The file of this photo is missing: add it to the store</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>no file</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Waiting since</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Hints</translation>
    </message>
    <message>
        <source>Spelling and style hints in the text</source>
        <translation>Spelling and style hints in the text</translation>
    </message>
    <message>
        <source>Past its deadline</source>
        <translation>Past its deadline</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(no headline)</translation>
    </message>
    <message>
        <source>Timed</source>
        <translation>Timed</translation>
    </message>
    <message>
        <source>In edit</source>
        <translation>In edit</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <source>All desks (%1)</source>
        <translation>All desks (%1)</translation>
    </message>
    <message>
        <source>no desk</source>
        <translation>no desk</translation>
    </message>
    <message>
        <source>The queue is empty.</source>
        <translation>The queue is empty.</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Nothing to review.</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(no headline)</translation>
    </message>
    <message>
        <source>No revision was recorded at submission; showing the text as it is.</source>
        <translation>No revision was recorded at submission; showing the text as it is.</translation>
    </message>
    <message>
        <source>Changes since submission (revision %1 → %2):</source>
        <translation>Changes since submission (revision %1 → %2):</translation>
    </message>
    <message>
        <source>No changes since submission (revision %1).</source>
        <translation>No changes since submission (revision %1).</translation>
    </message>
    <message>
        <source>Type the note for the reporter, then press Enter.</source>
        <translation>Type the note for the reporter, then press Enter.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Nobody is signed in.</translation>
    </message>
    <message>
        <source>Show one desk&apos;s queue</source>
        <translation>Show one desk&apos;s queue</translation>
    </message>
    <message>
        <source>Note for the reporter (required to return)</source>
        <translation>Note for the reporter (required to return)</translation>
    </message>
    <message>
        <source>&amp;Previous (K)</source>
        <translation>&amp;Previous (K)</translation>
    </message>
    <message>
        <source>&amp;Next (J)</source>
        <translation>&amp;Next (J)</translation>
    </message>
    <message>
        <source>&amp;Open (O)</source>
        <translation>&amp;Open (O)</translation>
    </message>
    <message>
        <source>&amp;Return (R)</source>
        <translation>&amp;Return (R)</translation>
    </message>
    <message>
        <source>&amp;Approve (A)</source>
        <translation>&amp;Approve (A)</translation>
    </message>
</context>
<context>
    <name>RevisionHistory</name>
    <message>
        <source>Revisions</source>
        <translation>Revisions</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>with</source>
        <translation>with</translation>
    </message>
    <message>
        <source>Restore selected revision</source>
        <translation>Restore selected revision</translation>
    </message>
</context>
<context>
    <name>RevisionPanel</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the portal</source>
        <translation>Sign in to the portal</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Portal address</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>The portal address must start with http:// or https://</source>
        <translation>The portal address must start with http:// or https://</translation>
    </message>
    <message>
        <source>Enter a user name and a password.</source>
        <translation>Enter a user name and a password.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Synchronize</source>
        <translation>Synchronize</translation>
    </message>
    <message>
        <source>Send local changes to the portal and fetch new ones</source>
        <translation>Send local changes to the portal and fetch new ones</translation>
    </message>
    <message>
        <source>Sign in to the portal…</source>
        <translation>Sign in to the portal…</translation>
    </message>
    <message>
        <source>Signed in to the portal as %1</source>
        <translation>Signed in to the portal as %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <source>Synchronizing…</source>
        <translation>Synchronizing…</translation>
    </message>
    <message>
        <source>Not signed in to the portal</source>
        <translation>Not signed in to the portal</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>%n pending change(s)</source>
        <translation>
            <numerusform>%n pending change</numerusform>
            <numerusform>%n pending changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept on this device</source>
        <translation>
            <numerusform>%n kept on this device</numerusform>
            <numerusform>%n kept on this device</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>last sync %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept on this device:</source>
        <translation>Kept on this device:</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>The portal no longer accepts this device&apos;s sign-in: sign in again.</source>
        <translation>The portal no longer accepts this device&apos;s sign-in: sign in again.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: wait a minute and try again.</source>
        <translation>Too many failed sign-ins: wait a minute and try again.</translation>
    </message>
    <message>
        <source>The portal had an internal error (HTTP %1): try again later.</source>
        <translation>The portal had an internal error (HTTP %1): try again later.</translation>
    </message>
    <message>
        <source>Your role may not do this on the portal.</source>
        <translation>Your role may not do this on the portal.</translation>
    </message>
    <message>
        <source>The portal does not have this record (any more).</source>
        <translation>The portal does not have this record (any more).</translation>
    </message>
    <message>
        <source>The article was changed on the portal in the meantime.</source>
        <translation>The article was changed on the portal in the meantime.</translation>
    </message>
    <message>
        <source>Too large for the portal.</source>
        <translation>Too large for the portal.</translation>
    </message>
    <message>
        <source>The portal refused the request (HTTP %1).</source>
        <translation>The portal refused the request (HTTP %1).</translation>
    </message>
    <message>
        <source>The portal cannot be reached: check its address and the network.</source>
        <translation>The portal cannot be reached: check its address and the network.</translation>
    </message>
    <message>
        <source>The portal cannot be reached (offline?). Your changes stay on this device and go at the next sync.</source>
        <translation>The portal cannot be reached (offline?). Your changes stay on this device and go at the next sync.</translation>
    </message>
    <message>
        <source>Not signed in to the portal.</source>
        <translation>Not signed in to the portal.</translation>
    </message>
    <message>
        <source>The portal lacks most of the records on this device, so nothing was deleted here. Is it the right portal?</source>
        <translation>The portal lacks most of the records on this device, so nothing was deleted here. Is it the right portal?</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Dictionary word</source>
        <translation>Dictionary word</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>%1 “%2” stays on this device: only %3 may send it to the portal.</source>
        <translation>%1 “%2” stays on this device: only %3 may send it to the portal.</translation>
    </message>
    <message>
        <source>%1 “%2” waits: it names %3 “%4”, which cannot go to the portal yet.</source>
        <translation>%1 “%2” waits: it names %3 “%4”, which cannot go to the portal yet.</translation>
    </message>
    <message>
        <source>Deleted on one device but changed on the portal since.</source>
        <translation>Deleted on one device but changed on the portal since.</translation>
    </message>
    <message>
        <source>Changed on one device but deleted on the portal.</source>
        <translation>Changed on one device but deleted on the portal.</translation>
    </message>
    <message>
        <source>Your role may not change an article that is “%1”: an editor has to take it over.</source>
        <translation>Your role may not change an article that is “%1”: an editor has to take it over.</translation>
    </message>
    <message>
        <source>An article that is “%1” cannot be deleted: spike or unpublish it instead.</source>
        <translation>An article that is “%1” cannot be deleted: spike or unpublish it instead.</translation>
    </message>
    <message>
        <source>The article names a %1 the portal does not have yet; it goes once that %1 is sent.</source>
        <translation>The article names a %1 the portal does not have yet; it goes once that %1 is sent.</translation>
    </message>
    <message>
        <source>Changed on this device and on the portal at the same place: %1.</source>
        <translation>Changed on this device and on the portal at the same place: %1.</translation>
    </message>
    <message>
        <source>The workflow move cannot be made from “%1” on the portal.</source>
        <translation>The workflow move cannot be made from “%1” on the portal.</translation>
    </message>
    <message>
        <source>The portal refused the workflow move made on this device; the article shows the portal&apos;s state again.</source>
        <translation>The portal refused the workflow move made on this device; the article shows the portal&apos;s state again.</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>%1: “%2” (%3)</source>
        <translation>%1: “%2” (%3)</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(no headline)</translation>
    </message>
    <message>
        <source>Write a note: the reporter will see it.</source>
        <translation>Write a note: the reporter will see it.</translation>
    </message>
    <message>
        <source>Workflow action</source>
        <translation>Workflow action</translation>
    </message>
    <message>
        <source>&amp;Note for the reporter:</source>
        <translation>&amp;Note for the reporter:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date and time:</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Submit to desk</source>
        <translation>Submit to desk</translation>
    </message>
    <message>
        <source>Start editing</source>
        <translation>Start editing</translation>
    </message>
    <message>
        <source>Return to reporter…</source>
        <translation>Return to reporter…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Schedule…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Unpublish…</source>
        <translation>Unpublish…</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>Spike</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Photographer</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Desk chief</source>
        <translation>Desk chief</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>WorkflowActions</name>
    <message>
        <source>&amp;Workflow</source>
        <translation>&amp;Workflow</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Embargo until…</source>
        <translation>Embargo until…</translation>
    </message>
    <message>
        <source>Lift embargo</source>
        <translation>Lift embargo</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Nobody is signed in.</translation>
    </message>
</context>
<context>
    <name>WorkflowUi</name>
    <message>
        <source>People and desks…</source>
        <translation>People and desks…</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <source>Article history and comments</source>
        <translation>Article history and comments</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Returned by the desk: %1</source>
        <translation>Returned by the desk: %1</translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation>%1 is now: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n new notification</numerusform>
            <numerusform>%n new notifications</numerusform>
        </translation>
    </message>
</context>
</TS>
