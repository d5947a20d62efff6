<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ArticleActivityPanel</name>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Comments (never published)</source>
        <translation>Komentar (tidak pernah diterbitkan)</translation>
    </message>
    <message>
        <source>Comment… type @ to mention someone</source>
        <translation>Komentar… ketik @ untuk menyebut seseorang</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>seseorang</translation>
    </message>
    <message>
        <source>Returned by the desk: %1</source>
        <translation>Dikembalikan oleh desk: %1</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Belum ada yang masuk.</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Artikel baru</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n kata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n karakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) to read</source>
        <translation>
            <numerusform>%n menit baca</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Belum tersimpan: %1</translation>
    </message>
    <message>
        <source>Restored revision %1</source>
        <translation>Memulihkan revisi %1</translation>
    </message>
    <message>
        <source>Photo file missing: add the file of this photo in the Photos view.</source>
        <translation>Berkas foto belum ada: tambahkan berkas foto ini di tampilan Foto.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Lead: the first paragraph in one or two sentences</source>
        <translation>Teras: paragraf pertama dalam satu atau dua kalimat</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Teras</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Isi berita</translation>
    </message>
    <message>
        <source>Write the story here…</source>
        <translation>Tulis beritanya di sini…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>dipisah koma</translation>
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
        <translation>Fotografer</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>Berita terkait</translation>
    </message>
    <message>
        <source>Suggestions (double-click to add)</source>
        <translation>Saran (klik ganda untuk menambah)</translation>
    </message>
    <message>
        <source>Search for a related article…</source>
        <translation>Cari berita terkait…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
</context>
<context>
    <name>ArticlePhotosPanel</name>
    <message>
        <source>Drop photo files here to add them to this article</source>
        <translation>Jatuhkan berkas foto di sini untuk menambahkannya ke artikel ini</translation>
    </message>
    <message>
        <source>Attach photos…</source>
        <translation>Lampirkan foto…</translation>
    </message>
    <message>
        <source>Set as main photo</source>
        <translation>Jadikan foto utama</translation>
    </message>
    <message>
        <source>Remove from article</source>
        <translation>Lepas dari artikel</translation>
    </message>
    <message>
        <source>Insert in text</source>
        <translation>Sisipkan di teks</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n photo file(s)…</source>
        <translation>
            <numerusform>Menambahkan %n berkas foto…</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding photos: %1 of %2</source>
        <translation>Menambahkan foto: %1 dari %2</translation>
    </message>
    <message>
        <source>★ Main: %1</source>
        <translation>★ Utama: %1</translation>
    </message>
    <message>
        <source>No photo attached. Drop files here or attach photos.</source>
        <translation>Belum ada foto. Jatuhkan berkas di sini atau lampirkan foto.</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>keterangan</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>kredit</translation>
    </message>
    <message>
        <source>the photo file is missing: add the file in the Photos view</source>
        <translation>berkas foto belum ada: tambahkan berkasnya di tampilan Foto</translation>
    </message>
    <message>
        <source>lacks: %1</source>
        <translation>belum ada: %1</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Edit assignment</source>
        <translation>Ubah penugasan</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>Penugasan baru</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Penugasan</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>&amp;Brief:</source>
        <translation>&amp;Arahan:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lokasi:</translation>
    </message>
    <message>
        <source>&amp;Event time:</source>
        <translation>&amp;Waktu acara:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Tenggat:</translation>
    </message>
    <message>
        <source>De&amp;sk:</source>
        <translation>De&amp;sk:</translation>
    </message>
    <message>
        <source>&amp;Reporters:</source>
        <translation>&amp;Pewarta:</translation>
    </message>
    <message>
        <source>&amp;Photographer:</source>
        <translation>&amp;Fotografer:</translation>
    </message>
    <message>
        <source>&amp;Editor:</source>
        <translation>&amp;Redaktur:</translation>
    </message>
</context>
<context>
    <name>AssignmentModels</name>
    <message>
        <source>Assignment</source>
        <translation>Penugasan</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Reporters</source>
        <translation>Pewarta</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Fotografer</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Penugasan</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Dikerjakan</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Waiting on them</source>
        <translation>Menunggu dia</translation>
    </message>
</context>
<context>
    <name>AssignmentPanel</name>
    <message>
        <source>All desks</source>
        <translation>Semua rubrik</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Belum ada yang masuk.</translation>
    </message>
    <message>
        <source>Show one desk&apos;s people and assignments</source>
        <translation>Tampilkan orang dan penugasan satu desk</translation>
    </message>
    <message>
        <source>&amp;Only my tasks</source>
        <translation>&amp;Hanya tugas saya</translation>
    </message>
    <message>
        <source>&amp;New assignment…</source>
        <translation>Penugasan &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Start article</source>
        <translation>&amp;Mulai artikel</translation>
    </message>
    <message>
        <source>&amp;Cancel assignment</source>
        <translation>&amp;Batalkan penugasan</translation>
    </message>
    <message>
        <source>Reporters</source>
        <translation>Pewarta</translation>
    </message>
    <message>
        <source>Photographers</source>
        <translation>Fotografer</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>Redaktur</translation>
    </message>
    <message>
        <source>Drag an assignment (or an article from the review queue) onto a person to assign it.</source>
        <translation>Seret penugasan (atau artikel dari antrean review) ke seseorang untuk menugaskannya.</translation>
    </message>
</context>
<context>
    <name>AssignmentPhotoIngest</name>
    <message>
        <source>Photos for the assignment</source>
        <translation>Foto untuk penugasan</translation>
    </message>
    <message>
        <source>Add photos for this assignment…</source>
        <translation>Tambah foto untuk penugasan ini…</translation>
    </message>
    <message>
        <source>&amp;Photos…</source>
        <translation>&amp;Foto…</translation>
    </message>
    <message>
        <source>Add photos for this assignment (or drop image files onto its row)</source>
        <translation>Tambah foto untuk penugasan ini (atau jatuhkan berkas gambar ke barisnya)</translation>
    </message>
    <message>
        <source>Add photos for this assignment</source>
        <translation>Tambah foto untuk penugasan ini</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Gambar (%1)</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Belum ada yang masuk.</translation>
    </message>
    <message>
        <source>Photos are still being added: wait or cancel first.</source>
        <translation>Foto masih ditambahkan: tunggu atau batalkan dulu.</translation>
    </message>
    <message>
        <source>%1 photos attached to “%2”.</source>
        <translation>%1 foto dilampirkan ke “%2”.</translation>
    </message>
    <message>
        <source>%1 files refused: %2</source>
        <translation>%1 berkas ditolak: %2</translation>
    </message>
</context>
<context>
    <name>BatchTemplateDialog</name>
    <message>
        <source>Apply caption template</source>
        <translation>Terapkan templat keterangan</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templat</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Fotografer</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Teks alternatif</translation>
    </message>
    <message>
        <source>Extended description</source>
        <translation>Deskripsi panjang</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Kata kunci</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Simpan templat</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Templat</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <source>Append</source>
        <translation>Tambahkan</translation>
    </message>
    <message>
        <source>Variables: {filename}, {date}, {seq}, {photographer}; =code= becomes the photographer&apos;s full name.</source>
        <translation>Variabel: {filename}, {date}, {seq}, {photographer}; =kode= menjadi nama lengkap fotografer.</translation>
    </message>
    <message numerus="yes">
        <source>Applies to %n photo(s)</source>
        <translation>
            <numerusform>Berlaku untuk %n foto</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Tanpa nama</translation>
    </message>
</context>
<context>
    <name>CaptionPanel</name>
    <message>
        <source>Known</source>
        <translation>Diketahui</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Fotografer</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Teks alternatif</translation>
    </message>
    <message>
        <source>Extended description</source>
        <translation>Deskripsi panjang</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Kata kunci</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Tanggal pemotretan</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>Apply template…</source>
        <translation>Terapkan templat…</translation>
    </message>
    <message>
        <source>Find and replace…</source>
        <translation>Cari dan ganti…</translation>
    </message>
    <message>
        <source>Previous photo (Alt+Left)</source>
        <translation>Foto sebelumnya (Alt+Kiri)</translation>
    </message>
    <message>
        <source>Next photo (Alt+Right)</source>
        <translation>Foto berikutnya (Alt+Kanan)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(beragam)</translation>
    </message>
    <message>
        <source>%1 / %2 bytes</source>
        <translation>%1 / %2 bita</translation>
    </message>
    <message>
        <source>Longer than the IPTC limit: the file&apos;s IPTC copy will be cut, XMP keeps it all</source>
        <translation>Melebihi batas IPTC: salinan IPTC di berkas akan dipotong, XMP menyimpan seluruhnya</translation>
    </message>
</context>
<context>
    <name>CheckingContextMenu</name>
    <message>
        <source>No suggestions</source>
        <translation>Tidak ada saran</translation>
    </message>
    <message>
        <source>Add to newsroom dictionary</source>
        <translation>Tambahkan ke kamus redaksi</translation>
    </message>
    <message>
        <source>The text changed; check again</source>
        <translation>Teks sudah berubah; periksa lagi</translation>
    </message>
    <message>
        <source>Added to the newsroom dictionary: %1</source>
        <translation>Ditambahkan ke kamus redaksi: %1</translation>
    </message>
</context>
<context>
    <name>ConflictDock</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Konflik sinkronisasi</translation>
    </message>
    <message>
        <source>Conflict resolved; synchronizing</source>
        <translation>Konflik diselesaikan; menyinkronkan</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Portal version</source>
        <translation>Versi portal</translation>
    </message>
    <message>
        <source>Local version</source>
        <translation>Versi lokal</translation>
    </message>
    <message>
        <source>Take the portal&apos;s</source>
        <translation>Pakai versi portal</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Pakai versi saya</translation>
    </message>
    <message>
        <source>Merge by hand…</source>
        <translation>Gabungkan manual…</translation>
    </message>
    <message>
        <source>Kept on this device (not sent to the portal):</source>
        <translation>Tetap di perangkat ini (tidak dikirim ke portal):</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Teras</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>Tidak ada konflik untuk diselesaikan.</translation>
    </message>
    <message>
        <source>No conflicts: everything is in step with the portal.</source>
        <translation>Tidak ada konflik: semuanya sudah sejalan dengan portal.</translation>
    </message>
</context>
<context>
    <name>EditorCopyCheck</name>
    <message>
        <source>Spelling is not checked: the Indonesian dictionary (hunspell-id) is not installed. Style hints still work.</source>
        <translation>Ejaan tidak diperiksa: kamus bahasa Indonesia (hunspell-id) belum terpasang. Saran gaya tetap berjalan.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Teras</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Isi berita</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, baris %2</translation>
    </message>
    <message>
        <source>Hints (%1)</source>
        <translation>Saran (%1)</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Saran</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export photos with captions</source>
        <translation>Ekspor foto beserta keterangan</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Keep the GPS position in the files</source>
        <translation>Pertahankan posisi GPS di dalam berkas</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) will be copied with title, caption, credit and keywords written into the file (IPTC and XMP).</source>
        <translation>
            <numerusform>%n foto akan disalin dengan judul, keterangan, kredit, dan kata kunci ditulis ke dalam berkas (IPTC dan XMP).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Ekspor ke folder</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and replace in captions</source>
        <translation>Cari dan ganti di keterangan</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Cocokkan huruf besar/kecil</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Teks alternatif</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Kata kunci</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ganti dengan</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Ganti semua</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in %1 photo(s)</source>
        <translation>
            <numerusform>%n kecocokan di %1 foto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormattingActions</name>
    <message>
        <source>Bold</source>
        <translation>Tebal</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Miring</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Subjudul</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Anak judul</translation>
    </message>
    <message>
        <source>Plain paragraph</source>
        <translation>Paragraf biasa</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Daftar berpoin</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Daftar bernomor</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <source>Pull quote</source>
        <translation>Kutipan utama</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <source>Address (https://…)</source>
        <translation>Alamat (https://…)</translation>
    </message>
</context>
<context>
    <name>IngestProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>Membaca berkas…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>Ingest stopped: %1</source>
        <translation>Impor foto terhenti: %1</translation>
    </message>
    <message>
        <source>%1 new, %2 already there, %3 refused</source>
        <translation>%1 baru, %2 sudah ada, %3 ditolak</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Dibatalkan: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Disunting</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Terjadwal</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Terbit</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Ditarik</translation>
    </message>
    <message>
        <source>Spiked</source>
        <translation>Dibuang</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Antrean review</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Tugas saya</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>Draf saya</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Semua artikel</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Penugasan</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Rubrik</translation>
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
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Tayangan</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(tanpa judul)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>working…</source>
        <translation>bekerja…</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Semua rubrik</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>belum masuk</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n unsaved article(s): check them and save.</source>
        <translation>
            <numerusform>%n artikel yang belum tersimpan dipulihkan: periksa lalu simpan.</numerusform>
        </translation>
    </message>
    <message>
        <source>No people in this store yet.</source>
        <translation>Belum ada orang di penyimpanan ini.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Who is working at this desk?</source>
        <translation>Siapa yang bekerja di meja ini?</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Sign &amp;in as…</source>
        <translation>&amp;Masuk sebagai…</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>Riwayat revisi</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>menghitung…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>Meja Redaksi</source>
        <translation>Meja Redaksi</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Tayangan</translation>
    </message>
    <message>
        <source>Search headline, lead, body, tags…</source>
        <translation>Cari judul, teras, isi, tag…</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Saring menurut status</translation>
    </message>
    <message>
        <source>Filter by desk</source>
        <translation>Saring menurut rubrik</translation>
    </message>
    <message>
        <source>Filter by reporter, photographer or editor</source>
        <translation>Saring menurut reporter, fotografer atau editor</translation>
    </message>
    <message>
        <source>Updated between</source>
        <translation>Diperbarui antara</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <source>&amp;New article</source>
        <translation>Artikel &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Tutup tab</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Find articles</source>
        <translation>&amp;Cari artikel</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Revision &amp;history</source>
        <translation>&amp;Riwayat revisi</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>Tema &amp;gelap</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge by hand</source>
        <translation>Gabungkan manual</translation>
    </message>
</context>
<context>
    <name>NotificationPanel</name>
    <message>
        <source>Mark all as read</source>
        <translation>Tandai semua sudah dibaca</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Mentioned you</source>
        <translation>Menyebut Anda</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>Penugasan baru</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
</context>
<context>
    <name>PeopleAdminDialog</name>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Orang baru</translation>
    </message>
    <message>
        <source>Save person</source>
        <translation>Simpan orang</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>New desk name</source>
        <translation>Nama desk baru</translation>
    </message>
    <message>
        <source>Add desk</source>
        <translation>Tambah desk</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nama pengguna:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Kode:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Peran:</translation>
    </message>
    <message>
        <source>Desk:</source>
        <translation>Desk:</translation>
    </message>
    <message>
        <source>Desks (rubrik):</source>
        <translation>Desk (rubrik):</translation>
    </message>
    <message>
        <source>People and desks</source>
        <translation>Orang dan desk</translation>
    </message>
    <message>
        <source>Only an admin may change people and desks.</source>
        <translation>Hanya admin yang boleh mengubah orang dan desk.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Belum ada yang masuk.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
</context>
<context>
    <name>PhotoActions</name>
    <message>
        <source>Add photos…</source>
        <translation>Tambah foto…</translation>
    </message>
    <message>
        <source>Add photo folder…</source>
        <translation>Tambah folder foto…</translation>
    </message>
    <message>
        <source>Export photo with captions…</source>
        <translation>Ekspor foto beserta keterangan…</translation>
    </message>
</context>
<context>
    <name>PhotoPage</name>
    <message>
        <source>Add photos…</source>
        <translation>Tambah foto…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Tambah folder…</translation>
    </message>
    <message>
        <source>Export with captions…</source>
        <translation>Ekspor beserta keterangan…</translation>
    </message>
    <message>
        <source>Add its file…</source>
        <translation>Tambahkan berkasnya…</translation>
    </message>
    <message>
        <source>This photo has a caption but no file yet: choose the image file</source>
        <translation>Foto ini sudah berketerangan tetapi belum ada berkasnya: pilih berkas gambarnya</translation>
    </message>
    <message>
        <source>Only photos without caption or credit</source>
        <translation>Hanya foto tanpa keterangan atau kredit</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without caption or credit</source>
        <translation>
            <numerusform>%n tanpa keterangan atau kredit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n dipilih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the captions of %n photo(s).</source>
        <translation>
            <numerusform>Keterangan %n foto tersimpan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the photos to caption first.</source>
        <translation>Pilih dulu foto yang akan diberi keterangan.</translation>
    </message>
    <message>
        <source>Select the photos to search first.</source>
        <translation>Pilih dulu foto yang akan dicari.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Tambah foto</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Gambar (%1)</translation>
    </message>
    <message>
        <source>Add photo folder</source>
        <translation>Tambah folder foto</translation>
    </message>
    <message>
        <source>Photos cannot be added to this store.</source>
        <translation>Foto tidak dapat ditambahkan ke basis data ini.</translation>
    </message>
    <message>
        <source>Photos are still being added: wait or cancel first.</source>
        <translation>Foto masih ditambahkan: tunggu atau batalkan dulu.</translation>
    </message>
    <message>
        <source>Added the file of &apos;%1&apos;.</source>
        <translation>Berkas &apos;%1&apos; sudah ditambahkan.</translation>
    </message>
    <message>
        <source>Select the photos to export first.</source>
        <translation>Pilih dulu foto yang akan diekspor.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n photo(s) with captions to %1</source>
        <translation>
            <numerusform>%n foto beserta keterangannya diekspor ke %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoPickerDialog</name>
    <message>
        <source>Attach photos</source>
        <translation>Lampirkan foto</translation>
    </message>
    <message>
        <source>Filter by title, caption or file name</source>
        <translation>Saring menurut judul, keterangan, atau nama berkas</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Lampirkan</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Drop photos or folders here to add them</source>
        <translation>Letakkan foto atau folder di sini untuk menambahkannya</translation>
    </message>
    <message>
        <source>(loading)</source>
        <translation>(memuat)</translation>
    </message>
    <message>
        <source>No caption yet</source>
        <translation>Belum ada keterangan</translation>
    </message>
    <message>
        <source>The file of this photo is missing: add it to the store</source>
        <translation>Berkas foto ini belum ada: tambahkan ke basis data</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>tanpa berkas</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Headline</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Menunggu sejak</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Saran</translation>
    </message>
    <message>
        <source>Spelling and style hints in the text</source>
        <translation>Saran ejaan dan gaya dalam teks</translation>
    </message>
    <message>
        <source>Past its deadline</source>
        <translation>Melewati tenggat</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <source>Timed</source>
        <translation>Berwaktu</translation>
    </message>
    <message>
        <source>In edit</source>
        <translation>Sedang disunting</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Biasa</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <source>All desks (%1)</source>
        <translation>Semua desk (%1)</translation>
    </message>
    <message>
        <source>no desk</source>
        <translation>tanpa desk</translation>
    </message>
    <message>
        <source>The queue is empty.</source>
        <translation>Antrean kosong.</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Tidak ada yang perlu ditinjau.</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <source>No revision was recorded at submission; showing the text as it is.</source>
        <translation>Tidak ada revisi tercatat saat diajukan; teks ditampilkan apa adanya.</translation>
    </message>
    <message>
        <source>Changes since submission (revision %1 → %2):</source>
        <translation>Perubahan sejak diajukan (revisi %1 → %2):</translation>
    </message>
    <message>
        <source>No changes since submission (revision %1).</source>
        <translation>Tidak ada perubahan sejak diajukan (revisi %1).</translation>
    </message>
    <message>
        <source>Type the note for the reporter, then press Enter.</source>
        <translation>Ketik catatan untuk pewarta, lalu tekan Enter.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Belum ada yang masuk.</translation>
    </message>
    <message>
        <source>Show one desk&apos;s queue</source>
        <translation>Tampilkan antrean satu desk</translation>
    </message>
    <message>
        <source>Note for the reporter (required to return)</source>
        <translation>Catatan untuk pewarta (wajib untuk mengembalikan)</translation>
    </message>
    <message>
        <source>&amp;Previous (K)</source>
        <translation>&amp;Sebelumnya (K)</translation>
    </message>
    <message>
        <source>&amp;Next (J)</source>
        <translation>Beri&amp;kutnya (J)</translation>
    </message>
    <message>
        <source>&amp;Open (O)</source>
        <translation>B&amp;uka (O)</translation>
    </message>
    <message>
        <source>&amp;Return (R)</source>
        <translation>&amp;Kembalikan (R)</translation>
    </message>
    <message>
        <source>&amp;Approve (A)</source>
        <translation>&amp;Setujui (A)</translation>
    </message>
</context>
<context>
    <name>RevisionHistory</name>
    <message>
        <source>Revisions</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Bandingkan</translation>
    </message>
    <message>
        <source>with</source>
        <translation>dengan</translation>
    </message>
    <message>
        <source>Restore selected revision</source>
        <translation>Pulihkan revisi terpilih</translation>
    </message>
</context>
<context>
    <name>RevisionPanel</name>
    <message>
        <source>unknown</source>
        <translation>tak dikenal</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the portal</source>
        <translation>Masuk ke portal</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Alamat portal</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>The portal address must start with http:// or https://</source>
        <translation>Alamat portal harus diawali http:// atau https://</translation>
    </message>
    <message>
        <source>Enter a user name and a password.</source>
        <translation>Masukkan nama pengguna dan kata sandi.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Sedang masuk…</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Synchronize</source>
        <translation>Sinkronkan</translation>
    </message>
    <message>
        <source>Send local changes to the portal and fetch new ones</source>
        <translation>Kirim perubahan lokal ke portal dan ambil yang baru</translation>
    </message>
    <message>
        <source>Sign in to the portal…</source>
        <translation>Masuk ke portal…</translation>
    </message>
    <message>
        <source>Signed in to the portal as %1</source>
        <translation>Masuk ke portal sebagai %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sinkronisasi gagal: %1</translation>
    </message>
    <message>
        <source>Synchronizing…</source>
        <translation>Menyinkronkan…</translation>
    </message>
    <message>
        <source>Not signed in to the portal</source>
        <translation>Belum masuk ke portal</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Belum pernah sinkron</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Daring</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Luring</translation>
    </message>
    <message numerus="yes">
        <source>%n pending change(s)</source>
        <translation>
            <numerusform>%n perubahan tertunda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept on this device</source>
        <translation>
            <numerusform>%n tetap di perangkat ini</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>sinkron terakhir %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflik</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept on this device:</source>
        <translation>Tetap di perangkat ini:</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>The portal no longer accepts this device&apos;s sign-in: sign in again.</source>
        <translation>Portal tidak lagi menerima tanda masuk perangkat ini: masuk lagi.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: wait a minute and try again.</source>
        <translation>Terlalu banyak percobaan masuk yang gagal: tunggu sebentar, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The portal had an internal error (HTTP %1): try again later.</source>
        <translation>Portal mengalami galat internal (HTTP %1): coba lagi nanti.</translation>
    </message>
    <message>
        <source>Your role may not do this on the portal.</source>
        <translation>Peran Anda tidak boleh melakukan ini di portal.</translation>
    </message>
    <message>
        <source>The portal does not have this record (any more).</source>
        <translation>Portal tidak (lagi) menyimpan data ini.</translation>
    </message>
    <message>
        <source>The article was changed on the portal in the meantime.</source>
        <translation>Artikel ini sudah diubah di portal sementara itu.</translation>
    </message>
    <message>
        <source>Too large for the portal.</source>
        <translation>Terlalu besar untuk portal.</translation>
    </message>
    <message>
        <source>The portal refused the request (HTTP %1).</source>
        <translation>Portal menolak permintaan ini (HTTP %1).</translation>
    </message>
    <message>
        <source>The portal cannot be reached: check its address and the network.</source>
        <translation>Portal tidak dapat dihubungi: periksa alamatnya dan jaringan.</translation>
    </message>
    <message>
        <source>The portal cannot be reached (offline?). Your changes stay on this device and go at the next sync.</source>
        <translation>Portal tidak dapat dihubungi (luring?). Perubahan Anda tetap di perangkat ini dan dikirim pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Not signed in to the portal.</source>
        <translation>Belum masuk ke portal.</translation>
    </message>
    <message>
        <source>The portal lacks most of the records on this device, so nothing was deleted here. Is it the right portal?</source>
        <translation>Portal tidak memiliki sebagian besar data di perangkat ini, jadi tidak ada yang dihapus di sini. Benarkah ini portalnya?</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Rincian: %1</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Dictionary word</source>
        <translation>Kata kamus</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 atau %2</translation>
    </message>
    <message>
        <source>%1 “%2” stays on this device: only %3 may send it to the portal.</source>
        <translation>%1 “%2” tetap di perangkat ini: hanya %3 yang boleh mengirimnya ke portal.</translation>
    </message>
    <message>
        <source>%1 “%2” waits: it names %3 “%4”, which cannot go to the portal yet.</source>
        <translation>%1 “%2” menunggu: isinya menyebut %3 “%4”, yang belum dapat dikirim ke portal.</translation>
    </message>
    <message>
        <source>Deleted on one device but changed on the portal since.</source>
        <translation>Dihapus di satu perangkat, tetapi sejak itu diubah di portal.</translation>
    </message>
    <message>
        <source>Changed on one device but deleted on the portal.</source>
        <translation>Diubah di satu perangkat, tetapi dihapus di portal.</translation>
    </message>
    <message>
        <source>Your role may not change an article that is “%1”: an editor has to take it over.</source>
        <translation>Peran Anda tidak boleh mengubah artikel yang berstatus “%1”: redaktur yang harus menanganinya.</translation>
    </message>
    <message>
        <source>An article that is “%1” cannot be deleted: spike or unpublish it instead.</source>
        <translation>Artikel yang berstatus “%1” tidak dapat dihapus: buang atau tarik artikel itu.</translation>
    </message>
    <message>
        <source>The article names a %1 the portal does not have yet; it goes once that %1 is sent.</source>
        <translation>Artikel ini menyebut %1 yang belum ada di portal; artikel dikirim setelah %1 itu terkirim.</translation>
    </message>
    <message>
        <source>Changed on this device and on the portal at the same place: %1.</source>
        <translation>Diubah di perangkat ini dan di portal pada bagian yang sama: %1.</translation>
    </message>
    <message>
        <source>The workflow move cannot be made from “%1” on the portal.</source>
        <translation>Langkah alur kerja ini tidak dapat dilakukan dari “%1” di portal.</translation>
    </message>
    <message>
        <source>The portal refused the workflow move made on this device; the article shows the portal&apos;s state again.</source>
        <translation>Portal menolak langkah alur kerja yang dibuat di perangkat ini; artikel kembali menunjukkan status di portal.</translation>
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
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <source>Write a note: the reporter will see it.</source>
        <translation>Tulis catatan: pewarta akan melihatnya.</translation>
    </message>
    <message>
        <source>Workflow action</source>
        <translation>Tindakan alur kerja</translation>
    </message>
    <message>
        <source>&amp;Note for the reporter:</source>
        <translation>&amp;Catatan untuk pewarta:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Tanggal dan jam:</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Submit to desk</source>
        <translation>Ajukan ke desk</translation>
    </message>
    <message>
        <source>Start editing</source>
        <translation>Mulai sunting</translation>
    </message>
    <message>
        <source>Return to reporter…</source>
        <translation>Kembalikan ke pewarta…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Jadwalkan…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Terbitkan</translation>
    </message>
    <message>
        <source>Unpublish…</source>
        <translation>Tarik…</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Fotografer</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Desk chief</source>
        <translation>Kepala Desk</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Ditugaskan</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Dikerjakan</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>WorkflowActions</name>
    <message>
        <source>&amp;Workflow</source>
        <translation>Alur &amp;kerja</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Alur kerja</translation>
    </message>
    <message>
        <source>Embargo until…</source>
        <translation>Embargo hingga…</translation>
    </message>
    <message>
        <source>Lift embargo</source>
        <translation>Cabut embargo</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Belum ada yang masuk.</translation>
    </message>
</context>
<context>
    <name>WorkflowUi</name>
    <message>
        <source>People and desks…</source>
        <translation>Orang dan desk…</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Antrean review</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Penugasan</translation>
    </message>
    <message>
        <source>Article history and comments</source>
        <translation>Riwayat dan komentar artikel</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifikasi</translation>
    </message>
    <message>
        <source>Returned by the desk: %1</source>
        <translation>Dikembalikan oleh desk: %1</translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation>%1 kini: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n notifikasi baru</numerusform>
        </translation>
    </message>
</context>
</TS>
