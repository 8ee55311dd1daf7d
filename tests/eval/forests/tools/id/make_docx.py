"""Build knowledge/id/jayapura/keanggotaan-perpustakaan.docx (Heading 1/2/3, bullets, numbers, one table)."""
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "knowledge" / "id" / "jayapura" / "keanggotaan-perpustakaan.docx"

TITLE = "Keanggotaan Perpustakaan Umum Kota Jayapura"

# (kind, content): h1/h2/h3 heading, p paragraph, b bullets, n numbered, t table
CONTENT = [
    ("h1", TITLE),
    ("p", "Perpustakaan Umum Kota Jayapura yang dikelola Dinas Perpustakaan dan Kearsipan Kota Jayapura "
          "terbuka bagi seluruh masyarakat. Siapa pun boleh membaca di tempat tanpa kartu, tetapi untuk "
          "meminjam buku dibawa pulang, mengakses buku elektronik dan memakai ruang diskusi, Anda perlu "
          "menjadi anggota perpustakaan. Halaman ini menjelaskan jenis keanggotaan, syarat, cara "
          "mendaftar dan aturan peminjaman."),
    ("h2", "Keuntungan Menjadi Anggota"),
    ("b", ["Meminjam buku cetak untuk dibawa pulang.",
           "Akses gratis ke lebih dari 8.000 judul buku elektronik melalui aplikasi iPustaka Port Numbay.",
           "Memesan ruang diskusi dan ruang baca anak untuk kegiatan kelompok.",
           "Mengikuti kelas literasi, bedah buku dan lomba bercerita yang diadakan setiap bulan."]),
    ("h2", "Jenis Keanggotaan"),
    ("t", [["Jenis anggota", "Ketentuan", "Masa berlaku kartu", "Batas pinjam"],
           ["Anak", "Di bawah 12 tahun, didaftarkan orang tua atau wali", "3 tahun", "2 buku"],
           ["Pelajar dan mahasiswa", "Menunjukkan kartu pelajar atau kartu mahasiswa", "3 tahun", "3 buku"],
           ["Umum", "Berusia 17 tahun ke atas atau sudah memiliki KTP-el", "3 tahun", "3 buku"],
           ["Lembaga", "Sekolah, taman baca, gereja, masjid atau komunitas di Kota Jayapura", "1 tahun",
            "30 buku (pinjaman kolektif)"]]),
    ("p", "Penduduk luar Kota Jayapura, termasuk warga Kabupaten Jayapura dan Kabupaten Keerom, dapat "
          "menjadi anggota umum dengan menunjukkan surat keterangan bekerja atau bersekolah di Kota Jayapura."),
    ("h2", "Persyaratan Pendaftaran"),
    ("n", ["KTP-el, kartu pelajar atau kartu mahasiswa yang masih berlaku.",
           "Untuk anggota anak: KTP-el orang tua atau wali dan KK yang mencantumkan nama anak.",
           "Untuk anggota lembaga: surat permohonan bermeterai dari pimpinan lembaga dan daftar penanggung jawab.",
           "Nomor telepon aktif dan alamat surel."]),
    ("h2", "Cara Mendaftar"),
    ("n", ["Daftar secara daring melalui aplikasi iPustaka Port Numbay, atau isi formulir di meja layanan sirkulasi.",
           "Unggah atau tunjukkan dokumen persyaratan.",
           "Pendaftaran di meja layanan langsung diproses, dan kartu anggota dicetak dalam 15 menit.",
           "Pendaftaran daring diverifikasi dalam 2 hari kerja; kartu digital muncul di aplikasi dan kartu fisik "
           "dapat diambil di meja sirkulasi."]),
    ("h2", "Biaya dan Denda"),
    ("b", ["Pendaftaran anggota dan kartu pertama: gratis.",
           "Cetak ulang kartu yang hilang atau rusak: Rp 15.000.",
           "Denda keterlambatan pengembalian: Rp 1.000 per buku per hari, paling banyak Rp 50.000 per buku.",
           "Buku hilang atau rusak berat: diganti dengan buku yang sama, atau membayar seharga buku ditambah "
           "biaya pengolahan Rp 25.000."]),
    ("p", "Anggota anak tidak dikenai denda keterlambatan, tetapi tidak dapat meminjam lagi sebelum buku dikembalikan."),
    ("h2", "Aturan Peminjaman"),
    ("b", ["Lama peminjaman 14 hari untuk semua jenis anggota perorangan, dan 30 hari untuk anggota lembaga.",
           "Perpanjangan dapat dilakukan 1 kali selama 7 hari melalui aplikasi atau telepon, selama buku tidak dipesan anggota lain.",
           "Koleksi referensi, surat kabar dan Koleksi Khusus Papua hanya dapat dibaca di tempat.",
           "Kartu anggota tidak boleh dipinjamkan kepada orang lain."]),
    ("h2", "Jam Buka Layanan"),
    ("b", ["Senin–Kamis: 08.00–16.00 WIT",
           "Jumat: 08.00–15.00 WIT",
           "Sabtu: 09.00–14.00 WIT",
           "Minggu dan hari libur nasional: tutup"]),
    ("p", "Pengembalian buku di luar jam buka dapat dilakukan melalui kotak pengembalian di depan gedung yang dibuka 24 jam."),
    ("h2", "Perpustakaan Keliling"),
    ("p", "Mobil perpustakaan keliling mengunjungi sekolah dan kampung di lima distrik secara bergiliran. "
          "Anggota dapat meminjam dan mengembalikan buku di mobil perpustakaan keliling dengan kartu yang sama. "
          "Jadwal kunjungan diumumkan setiap awal bulan di aplikasi iPustaka Port Numbay."),
    ("h2", "Pertanyaan yang Sering Diajukan"),
    ("h3", "Apakah kartu anggota bisa diperpanjang secara daring?"),
    ("p", "Bisa. Perpanjangan kartu dapat diajukan melalui aplikasi paling cepat 30 hari sebelum masa berlakunya habis, tanpa biaya."),
    ("h3", "Bolehkah meminjam buku untuk orang lain dengan kartu saya?"),
    ("p", "Boleh, tetapi pemilik kartu tetap bertanggung jawab atas keterlambatan dan kerusakan buku."),
    ("h3", "Apakah tersedia layanan bagi penyandang disabilitas netra?"),
    ("p", "Tersedia pojok buku braille dan buku audio di lantai 1. Petugas dapat mendampingi pengunjung yang membutuhkan bantuan."),
    ("h2", "Alamat dan Kontak"),
    ("p", "Perpustakaan Umum Kota Jayapura, Jl. Raya Kotaraja No. 12, Distrik Abepura, Kota Jayapura"),
    ("p", "Telepon: (0967) 581-447 | WhatsApp: 0823-9800-1447"),
    ("p", "Surel: perpustakaan@jayapurakota.example.invalid"),
    ("p", "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."),
]


def build() -> Path:
    document = docx.Document()
    document.core_properties.title = TITLE
    document.core_properties.author = "Dinas Perpustakaan dan Kearsipan Kota Jayapura"
    document.core_properties.language = "id-ID"
    for kind, content in CONTENT:
        if kind in ("h1", "h2", "h3"):
            document.add_heading(content, level=int(kind[1]))
        elif kind == "p":
            document.add_paragraph(content)
        elif kind == "b":
            for item in content:
                document.add_paragraph(item, style="List Bullet")
        elif kind == "n":
            for item in content:
                document.add_paragraph(item, style="List Number")
        elif kind == "t":
            table = document.add_table(rows=len(content), cols=len(content[0]))
            table.style = "Table Grid"
            for r, row in enumerate(content):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
    OUT.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(OUT))
    return OUT


if __name__ == "__main__":
    print(build())
