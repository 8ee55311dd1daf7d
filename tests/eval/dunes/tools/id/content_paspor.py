"""Content of the PDF page: passport at Kantor Imigrasi Kelas I TPI Bengkulu."""

PATH = "id/kota-bengkulu/paspor-kanim-bengkulu.pdf"

META = {
    "title": "Permohonan Paspor Biasa di Kantor Imigrasi Bengkulu",
    "lang": "id",
    "country": "ID",
    "region": "Kota Bengkulu",
    "agency": "Kantor Imigrasi Kelas I TPI Bengkulu",
    "source": "https://example.invalid/bengkulu/imigrasi/paspor",
    "updated": "2026-03-10",
    "note": "Evaluation document: figures, addresses and hours are invented for testing.",
}

TITLE = "Permohonan Paspor Biasa di Kantor Imigrasi Bengkulu"

BLOCKS = [
    ("p", "Kantor Imigrasi Kelas I TPI Bengkulu melayani permohonan paspor biasa bagi Warga Negara Indonesia, "
          "baik untuk penerbitan pertama maupun penggantian karena habis masa berlaku atau halaman penuh. "
          "Lembar informasi ini menjelaskan persyaratan, biaya, alur dan waktu penyelesaian permohonan."),
    ("h2", "Jenis Paspor yang Dilayani"),
    ("ul", [
        "Paspor biasa non-elektronik 48 halaman, masa berlaku 10 tahun bagi pemohon dewasa.",
        "Paspor elektronik (e-paspor) 48 halaman dengan chip, masa berlaku 10 tahun bagi pemohon dewasa.",
        "Paspor anak di bawah 17 tahun, masa berlaku sampai anak berusia 17 tahun atau paling lama 10 tahun.",
    ]),
    ("h2", "Syarat Permohonan Paspor Baru"),
    ("ul", [
        "KTP-el asli yang masih berlaku.",
        "Kartu Keluarga asli.",
        "Akta kelahiran, buku nikah, atau ijazah yang memuat nama, tempat dan tanggal lahir, serta nama orang tua.",
        "Surat penggantian nama bagi yang pernah berganti nama.",
    ]),
    ("p", "Pemohon anak wajib didampingi kedua orang tua, membawa KTP-el dan paspor orang tua, akta kelahiran anak, "
          "serta buku nikah orang tua."),
    ("h2", "Syarat Penggantian Paspor Habis Berlaku"),
    ("ul", [
        "KTP-el asli yang masih berlaku.",
        "Paspor lama asli.",
        "Dokumen pendukung perubahan data bila terdapat perbedaan nama atau tanggal lahir.",
    ]),
    ("p", "Penggantian paspor dapat diajukan sebelum masa berlaku habis, misalnya bila masa berlaku tersisa kurang "
          "dari 6 bulan, yang sering disyaratkan negara tujuan."),
    ("h2", "Biaya Penerbitan"),
    ("table", [
        ["Jenis layanan", "Biaya"],
        ["Paspor biasa non-elektronik 48 halaman", "Rp375.000"],
        ["Paspor elektronik 48 halaman", "Rp675.000"],
        ["Layanan percepatan (selesai hari yang sama)", "Rp1.000.000 (tambahan)"],
    ]),
    ("p", "Biaya merupakan Penerimaan Negara Bukan Pajak dan dibayar melalui bank, kantor pos, atau kanal "
          "pembayaran elektronik menggunakan kode billing paling lambat 2 jam setelah kode diterbitkan. "
          "Kode billing yang tidak dibayar akan batal otomatis dan jadwal kedatangan gugur."),
    ("h2", "Alur Pengajuan"),
    ("ul", [
        "1. Daftar dan pilih jadwal kedatangan melalui aplikasi Paspor Kita; kuota dibuka setiap hari pukul 15.00 WIB.",
        "2. Unggah foto dokumen persyaratan dan lakukan pembayaran dengan kode billing.",
        "3. Datang ke kantor sesuai jadwal dengan membawa dokumen asli untuk verifikasi.",
        "4. Jalani pengambilan foto, sidik jari dan wawancara.",
        "5. Ambil paspor sesuai tanggal pada tanda terima.",
    ]),
    ("h2", "Lama Penyelesaian"),
    ("p", "Paspor selesai dalam 4 hari kerja setelah pengambilan foto dan wawancara, kecuali layanan percepatan "
          "yang selesai pada hari yang sama. Paspor yang tidak diambil dalam waktu 30 hari sejak tanggal selesai "
          "akan dibatalkan, dan biaya yang telah dibayar tidak dapat dikembalikan."),
    ("h2", "Jam Layanan"),
    ("ul", [
        "Senin–Jumat: 08.00–16.00 WIB untuk verifikasi, foto dan wawancara.",
        "Pengambilan paspor: Senin–Jumat pukul 13.00–15.00 WIB.",
        "Layanan khusus lansia, ibu hamil, penyandang disabilitas dan anak di bawah 2 tahun disediakan tanpa jadwal daring.",
    ]),
    ("h2", "Ketentuan Khusus"),
    ("p", "Permohonan dapat ditunda atau ditolak apabila data pada dokumen persyaratan tidak sesuai satu sama "
          "lain, pemohon tercantum dalam daftar pencegahan, atau terdapat indikasi pemohon akan bekerja di luar "
          "negeri secara nonprosedural. Calon pekerja migran wajib melampirkan rekomendasi dari dinas ketenagakerjaan "
          "setempat."),
    ("ul", [
        "Perbedaan ejaan nama antara KTP-el dan akta kelahiran harus dibetulkan terlebih dahulu di Disdukcapil.",
        "Penambahan nama menjadi tiga kata (untuk keperluan negara tertentu) dapat dicatat pada halaman pengesahan tanpa biaya tambahan.",
        "Pemohon yang sedang sakit dan dirawat dapat mengajukan layanan jemput bola dengan surat keterangan dokter.",
    ]),
    ("h2", "Alamat dan Kontak"),
    ("p", "Kantor Imigrasi Kelas I TPI Bengkulu, Jl. Adam Malik No. 17, Kota Bengkulu. Telepon (0736) 21450. "
          "WhatsApp informasi 0811-7300-2211. Surel: paspor@imigrasi-bengkulu.example.invalid."),
    ("h2", "Tanya Jawab"),
    ("p", "<b>Bolehkah paspor diambil oleh orang lain?</b> Boleh, oleh anggota keluarga dalam satu KK dengan membawa "
          "tanda terima, KTP-el pengambil, dan surat kuasa."),
    ("p", "<b>Apakah wawancara bisa diwakilkan?</b> Tidak. Pemohon wajib hadir sendiri karena ada pengambilan data "
          "biometrik."),
    ("p", "<b>Bagaimana jika jadwal daring penuh?</b> Kuota baru dibuka setiap hari pukul 15.00 WIB. Pemohon juga "
          "dapat memanfaatkan layanan paspor pada hari Sabtu yang diumumkan melalui media sosial kantor."),
    ("p", "<b>Apakah paspor lama dikembalikan?</b> Ya. Paspor lama yang masih memuat visa berlaku dikembalikan "
          "setelah dilubangi, sehingga visa di dalamnya tetap dapat digunakan bersama paspor baru."),
    ("p", "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."),
]
