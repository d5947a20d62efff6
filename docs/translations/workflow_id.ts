<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
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
        <translation>Desk</translation>
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
        <translation>Redaktur</translation>
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
        <translation>Semua desk</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Belum ada yang masuk.</translation>
    </message>
    <message>
        <source>Show one desk's people and assignments</source>
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
        <translation>Desk</translation>
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
    <name>QueueModel</name>
    <message>
        <source>Headline</source>
        <translation>Judul</translation>
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
        <source>Show one desk's queue</source>
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
        <translation>Pewarta</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Fotografer</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Redaktur</translation>
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
            <numerusform>%n notifikasi baru</numerusform></translation>
    </message>
</context>
</TS>