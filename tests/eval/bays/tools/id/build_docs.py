"""Build the PDF, DOCX and HTML documents of the set and their sidecar files.

Run with the build venv (reportlab, python-docx, pyyaml):
    ../.venv-build/bin/python build_docs.py      (from this folder)
Markdown documents are written by hand under ../knowledge/ and are not touched here.
"""
from __future__ import annotations

import html
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
KNOW = HERE.parent / "knowledge"
NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
LAST = "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."


def sidecar(path: Path, **fields) -> None:
    data = {"title": fields["title"], "lang": "id", "country": "ID",
            "region": fields["region"], "agency": fields["agency"],
            "source": fields["source"], "updated": fields["updated"], "note": NOTE}
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    # keep the date a plain ISO date (unquoted)
    text = text.replace(f"'{fields['updated']}'", fields["updated"])
    path.with_name(path.name + ".yml").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- PDF: paspor Batam
PASPOR = {
    "title": "Permohonan Paspor Biasa di Kantor Imigrasi Kelas I Khusus TPI Batam",
    "sections": [
        ("Tentang Paspor Biasa", [
            "Paspor biasa adalah dokumen perjalanan yang diterbitkan bagi warga negara Indonesia "
            "untuk bepergian ke luar negeri. Kantor Imigrasi Kelas I Khusus TPI Batam menerbitkan "
            "paspor biasa 48 halaman dalam bentuk elektronik (dengan chip) maupun non-elektronik. "
            "Paspor bagi pemohon dewasa berlaku 10 tahun, sedangkan paspor anak berlaku 5 tahun.",
        ]),
        ("Siapa yang Dapat Mengajukan", [
            "- Warga negara Indonesia yang berdomisili di mana pun; permohonan tidak harus sesuai alamat KTP-el.",
            "- Anak di bawah 17 tahun, didampingi ayah atau ibu yang hadir pada saat wawancara.",
            "- Pemegang paspor lama yang habis masa berlakunya, penuh halamannya, hilang, atau rusak.",
        ]),
        ("Dokumen Persyaratan", [
            "Permohonan baru: KTP-el asli, Kartu Keluarga, serta akta kelahiran, ijazah, buku nikah, "
            "atau surat baptis yang memuat nama, tempat dan tanggal lahir, serta nama orang tua.",
            "Penggantian paspor: KTP-el asli dan paspor lama. Bila data paspor lama berbeda dengan "
            "KTP-el, lampirkan dokumen pendukung perubahan data.",
            "Pemohon anak: KTP-el kedua orang tua, Kartu Keluarga, akta kelahiran anak, dan buku nikah "
            "atau akta perkawinan orang tua.",
        ]),
        ("Tarif Penerimaan Negara Bukan Pajak", [
            ("table", [
                ["Jenis layanan", "Tarif"],
                ["Paspor biasa non-elektronik 48 halaman", "Rp360.000"],
                ["Paspor biasa elektronik 48 halaman", "Rp660.000"],
                ["Layanan percepatan (selesai hari yang sama), tambahan", "Rp1.000.000"],
                ["Penggantian paspor hilang, di luar tarif paspor", "Rp1.200.000"],
                ["Penggantian paspor rusak, di luar tarif paspor", "Rp600.000"],
            ]),
            "Pembayaran hanya dilakukan melalui kode billing di bank persepsi, kantor pos, atau "
            "kanal pembayaran elektronik. Kantor Imigrasi tidak menerima pembayaran tunai di loket.",
        ]),
        ("Langkah Permohonan", [
            "1. Daftar dan pilih jadwal kedatangan melalui aplikasi PASPORKU Batam.",
            "2. Unggah dokumen persyaratan dan pilih jenis paspor.",
            "3. Bayar kode billing paling lambat 3 jam setelah diterbitkan; jika tidak dibayar, "
            "jadwal otomatis dibatalkan.",
            "4. Datang sesuai jadwal untuk verifikasi berkas, wawancara, foto, dan pengambilan sidik jari.",
            "5. Ambil paspor sesuai tanggal pada tanda terima.",
        ]),
        ("Lama Penyelesaian dan Pengambilan", [
            "Paspor selesai dalam 4 hari kerja setelah wawancara dan pembayaran diverifikasi. "
            "Dengan layanan percepatan, paspor selesai pada hari yang sama bila wawancara "
            "dilakukan sebelum pukul 12.00 WIB.",
            "Paspor wajib diambil paling lambat 30 hari sejak tanggal selesai. Paspor yang tidak "
            "diambil melewati batas tersebut dibatalkan dan biaya tidak dapat dikembalikan. "
            "Pengambilan dapat diwakilkan oleh anggota keluarga dalam satu Kartu Keluarga dengan "
            "surat kuasa dan tanda terima asli.",
        ]),
        ("Jadwal Layanan", [
            "Kantor Imigrasi: Senin sampai Jumat, pukul 07.30-16.00 WIB (istirahat Jumat 11.30-13.00 WIB).",
            "Unit Layanan Paspor di Mal Pelayanan Publik Batam: Sabtu pukul 08.00-12.00 WIB, khusus "
            "penggantian paspor yang habis masa berlakunya.",
            "Hari Minggu dan hari libur nasional tidak ada layanan.",
        ]),
        ("Layanan Prioritas Tanpa Antrean Daring", [
            "Pemohon lansia berusia 60 tahun ke atas, penyandang disabilitas, ibu hamil, dan anak "
            "di bawah usia 2 tahun dapat datang langsung tanpa jadwal aplikasi (walk-in). Kuota "
            "layanan prioritas adalah 50 pemohon per hari dan ditutup pukul 14.00 WIB.",
        ]),
        ("Alamat dan Pengaduan", [
            "Kantor Imigrasi Kelas I Khusus TPI Batam, Jl. Ahmad Yani No. 17, Batam Centre, Kota Batam.",
            "Telepon: (0778) 462-070. WhatsApp layanan informasi: 0811-7700-2020.",
            "Surel: paspor@imigrasi-batam.example.invalid",
        ]),
        ("Hal yang Tidak Dibahas", [
            "Halaman ini tidak membahas paspor dinas, paspor diplomatik, Surat Perjalanan Laksana "
            "Paspor (SPLP), maupun izin tinggal bagi warga negara asing. Informasi layanan tersebut "
            "tersedia di loket informasi kantor.",
        ]),
        ("Pertanyaan Umum", [
            ("q", "Apakah paspor lama saya dikembalikan?"),
            "Ya, paspor lama dikembalikan dengan tanda pembatalan dan dapat disimpan sebagai "
            "arsip visa yang masih berlaku.",
            ("q", "Paspor saya terkena air dan halamannya lengket, apakah termasuk rusak?"),
            "Ya. Pemohon menjalani pemeriksaan singkat dan dikenakan tarif penggantian paspor rusak.",
            ("q", "Bisakah saya mengganti nama di paspor?"),
            "Perubahan nama hanya dapat dilakukan dengan penetapan pengadilan dan KTP-el yang "
            "telah diperbarui.",
            LAST,
        ]),
    ],
}


def build_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=20, leading=24,
                           spaceAfter=10)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=14, leading=18,
                          spaceBefore=10, spaceAfter=4)
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=4)
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=10.5, leading=13)
    story = [Paragraph(html.escape(PASPOR["title"]), title)]
    for heading, parts in PASPOR["sections"]:
        story.append(Paragraph(html.escape(heading), head))
        for part in parts:
            if isinstance(part, tuple) and part[0] == "q":
                story.append(Paragraph("<b>" + html.escape(part[1]) + "</b>", body))
            elif isinstance(part, tuple):
                rows = [[Paragraph(html.escape(c), cell) for c in row] for row in part[1]]
                t = Table(rows, colWidths=[11 * cm, 4.5 * cm])
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
                story.extend([t, Spacer(1, 6)])
            else:
                story.append(Paragraph(html.escape(part), body))
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=PASPOR["title"],
                            author="Kantor Imigrasi Kelas I Khusus TPI Batam",
                            leftMargin=2 * cm, rightMargin=2 * cm)
    doc.build(story)


# ---------------------------------------------------------------- DOCX: SIM Surakarta
def build_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = "Layanan SIM Baru dan Perpanjangan – Satpas Polresta Surakarta"
    H = d.add_heading
    P = d.add_paragraph

    def bullets(items, style="List Bullet"):
        for it in items:
            P(it, style=style)

    H("Layanan SIM Baru dan Perpanjangan di Satpas Polresta Surakarta", level=1)
    P("Satuan Penyelenggara Administrasi SIM (Satpas) Polresta Surakarta melayani penerbitan "
      "Surat Izin Mengemudi (SIM) baru dan perpanjangan bagi warga yang berdomisili di Kota "
      "Surakarta maupun daerah sekitarnya. Informasi di bawah ini berlaku sejak Januari 2026.")

    H("Jenis SIM yang Dilayani", level=2)
    P("Halaman ini hanya memuat SIM A dan SIM C perorangan:")
    bullets(["SIM A untuk mobil penumpang dan barang perseorangan dengan berat tidak lebih dari 3.500 kg;",
             "SIM C untuk sepeda motor dengan kapasitas mesin sampai dengan 250 cc;",
             "perpanjangan SIM A dan SIM C yang masih berlaku."])
    P("Masa berlaku SIM adalah 5 tahun dan berakhir pada tanggal yang tercantum di kartu.")

    H("Persyaratan", level=2)
    H("Permohonan SIM baru", level=3)
    bullets(["usia minimal 17 tahun untuk SIM A dan SIM C;",
             "KTP-el asli dan fotokopi;",
             "surat keterangan sehat jasmani dari dokter;",
             "hasil tes psikologi yang masih berlaku (paling lama 6 bulan);",
             "sertifikat sekolah mengemudi (dianjurkan untuk SIM A, tidak wajib)."])
    H("Perpanjangan SIM", level=3)
    bullets(["SIM lama asli yang masih berlaku;",
             "KTP-el asli;",
             "surat keterangan sehat dan hasil tes psikologi terbaru."])

    H("Rincian Biaya", level=2)
    P("Biaya penerbitan SIM dibayarkan sebagai PNBP melalui bank; biaya tes kesehatan dan tes "
      "psikologi dibayarkan langsung kepada penyedia layanan yang ditunjuk.")
    rows = [["Komponen", "SIM A", "SIM C"],
            ["Penerbitan SIM baru", "Rp125.000", "Rp105.000"],
            ["Perpanjangan SIM", "Rp85.000", "Rp80.000"],
            ["Tes kesehatan", "Rp35.000", "Rp35.000"],
            ["Tes psikologi", "Rp45.000", "Rp45.000"],
            ["Asuransi pengemudi (opsional)", "Rp30.000", "Rp30.000"]]
    table = d.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            table.cell(r, c).text = val

    H("Tahapan Pembuatan SIM Baru", level=2)
    bullets(["Daftar dan pilih jadwal melalui aplikasi SIMPEL Solo atau ambil antrean di loket pendaftaran.",
             "Jalani tes kesehatan dan tes psikologi di klinik yang berada di area Satpas.",
             "Ikuti ujian teori berbasis komputer; nilai kelulusan minimal 70 dari 100.",
             "Ikuti ujian praktik di lapangan uji (zig-zag, angka 8, dan uji reaksi rem).",
             "Bayar PNBP, lakukan foto dan perekaman sidik jari, lalu SIM dicetak pada hari yang sama."],
            style="List Number")
    H("Jika tidak lulus ujian", level=3)
    P("Pemohon yang tidak lulus ujian teori atau praktik dapat mengulang tanpa biaya tambahan "
      "setelah 14 hari. Kesempatan mengulang paling banyak 3 kali untuk satu permohonan; setelah "
      "itu pemohon harus mendaftar ulang dari awal.")

    H("Ketentuan Perpanjangan", level=2)
    P("Perpanjangan dapat diajukan paling cepat 3 bulan sebelum masa berlaku berakhir. SIM yang "
      "sudah lewat masa berlaku, walaupun hanya satu hari, tidak dapat diperpanjang dan wajib "
      "diajukan sebagai SIM baru dengan ujian teori dan praktik.")
    P("Perpanjangan tidak harus dilakukan di Surakarta; SIM dari daerah lain dapat diperpanjang "
      "di Satpas ini dengan KTP-el yang masih berlaku.")

    H("Jadwal Pelayanan Satpas", level=2)
    bullets(["Senin–Jumat: 08.00–14.00 WIB (pendaftaran ditutup pukul 13.00 WIB);",
             "Sabtu: 08.00–11.00 WIB, khusus perpanjangan SIM;",
             "Minggu dan hari libur nasional: tutup."])

    H("SIM Keliling dan Gerai SIM", level=2)
    P("Perpanjangan SIM A dan SIM C yang masih berlaku juga dapat dilakukan di layanan SIM "
      "Keliling. Permohonan SIM baru tidak dilayani di SIM Keliling.")
    bullets(["Selasa dan Kamis, 08.00–12.00 WIB: halaman Stadion Manahan;",
             "Rabu, 09.00–12.00 WIB: Kantor Kecamatan Jebres;",
             "Jumat, 08.00–11.00 WIB: halaman Balai Kota Surakarta."])
    P("Kuota SIM Keliling dibatasi 80 pemohon per lokasi setiap hari.")

    H("Lokasi dan Kontak", level=2)
    P("Satpas Polresta Surakarta, Jl. Adi Sucipto No. 2, Manahan, Banjarsari, Surakarta.")
    bullets(["WhatsApp informasi SIM: 0821-3400-5566;",
             "Telepon: (0271) 714-060;",
             "Surel: satpas@polresta-surakarta.example.invalid."])

    H("Pengecualian", level=2)
    P("SIM B I, SIM B II, SIM umum, SIM D, dan SIM internasional tidak dibahas di halaman ini. "
      "Penyandang disabilitas dapat mengajukan SIM D melalui prosedur tersendiri. Pemohon yang "
      "SIM-nya hilang wajib membawa surat keterangan kehilangan dari kepolisian dan dikenakan "
      "biaya sebesar tarif perpanjangan.")

    H("Tanya Jawab", level=2)
    H("Apakah perpanjangan bisa diwakilkan?", level=3)
    P("Tidak. Pemohon harus hadir untuk foto, sidik jari, dan tanda tangan digital.")
    H("Bisakah saya memperpanjang SIM di hari ulang tahun saya?", level=3)
    P("Bisa, selama tanggal tersebut belum melewati tanggal berakhirnya SIM. Masa berlaku SIM "
      "mengikuti tanggal penerbitan, bukan tanggal lahir.")
    H("Apakah tes psikologi dari tempat lain diterima?", level=3)
    P("Diterima jika berasal dari lembaga psikologi yang terdaftar dalam sistem kepolisian dan "
      "belum lewat 6 bulan.")
    P(LAST)
    d.save(str(path))


# ---------------------------------------------------------------- HTML
def page(title: str, nav: list[str], main: str, footer: str) -> str:
    items = "".join(f'<li><a href="https://example.invalid/{i.lower().replace(" ", "-")}">{i}</a></li>'
                    for i in nav)
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<header><div class="logo">{footer.split(" · ")[0]}</div>
<nav aria-label="Menu utama"><ul>{items}</ul></nav></header>
<main>
<article>
{main}
</article>
</main>
<footer><p>{footer}</p><p>Ikuti kami di media sosial · Kebijakan privasi · Peta situs</p></footer>
</body>
</html>
"""


PUSKESMAS_MAIN = """
<h1>Layanan Puskesmas di Kota Surakarta</h1>
<p>Dinas Kesehatan Kota Surakarta mengelola 17 puskesmas yang tersebar di lima kecamatan. Puskesmas menjadi fasilitas kesehatan tingkat pertama bagi warga untuk pemeriksaan umum, kesehatan ibu dan anak, imunisasi, kesehatan gigi, laboratorium sederhana, dan layanan gawat darurat di puskesmas tertentu.</p>

<h2>Layanan yang Tersedia</h2>
<ul>
<li>Poli umum dan poli lansia</li>
<li>Poli kesehatan ibu dan anak (KIA), keluarga berencana, dan imunisasi</li>
<li>Poli gigi dan mulut</li>
<li>Laboratorium: cek gula darah, kolesterol, golongan darah, dan tes kehamilan</li>
<li>Konseling gizi, berhenti merokok, dan kesehatan jiwa</li>
<li>Unit Gawat Darurat (UGD) dan rawat inap di puskesmas tertentu</li>
</ul>

<h2>Siapa yang Dilayani</h2>
<p>Puskesmas melayani peserta JKN yang terdaftar di puskesmas tersebut, peserta JKN dari FKTP lain dalam keadaan gawat darurat, serta pasien umum yang membayar sesuai tarif. Penduduk ber-KTP-el Kota Surakarta yang belum memiliki JKN dapat didaftarkan sebagai peserta yang iurannya ditanggung Pemerintah Kota melalui loket pendaftaran puskesmas, dengan membawa KTP-el dan Kartu Keluarga.</p>

<h2>Tarif Pasien Umum</h2>
<p>Tarif berikut berlaku bagi pasien yang tidak menggunakan JKN. Peserta JKN aktif tidak dipungut biaya untuk layanan yang dijamin.</p>
<table>
<thead><tr><th>Jenis layanan</th><th>Tarif</th></tr></thead>
<tbody>
<tr><td>Karcis dan pemeriksaan poli umum</td><td>Rp15.000</td></tr>
<tr><td>Pemeriksaan gigi</td><td>Rp20.000</td></tr>
<tr><td>Pencabutan gigi permanen</td><td>Rp50.000</td></tr>
<tr><td>Surat keterangan sehat</td><td>Rp25.000</td></tr>
<tr><td>Pemeriksaan golongan darah</td><td>Rp12.000</td></tr>
<tr><td>Rawat inap per hari</td><td>Rp90.000</td></tr>
</tbody>
</table>
<p>Surat keterangan sehat untuk melamar kerja atau sekolah diterbitkan setelah pemeriksaan fisik dan tidak dapat diwakilkan.</p>

<h2>Antrean dan Pendaftaran</h2>
<ol>
<li>Ambil nomor antrean daring melalui aplikasi <strong>ANTRI SEHAT Solo</strong>, paling cepat 2 hari sebelum kunjungan.</li>
<li>Datang paling lambat 15 menit sebelum jam antrean yang dipilih dan tunjukkan kode antrean.</li>
<li>Pasien baru menyerahkan KTP-el atau Kartu Keluarga untuk pembuatan rekam medis.</li>
<li>Tunggu panggilan di ruang tunggu poli yang dituju.</li>
</ol>
<p>Antrean daring ditutup pukul 10.00 WIB untuk hari yang sama. Pasien lansia, ibu hamil, dan penyandang disabilitas mendapat loket prioritas.</p>

<h2>Jam Pelayanan</h2>
<table>
<thead><tr><th>Hari</th><th>Rawat jalan</th></tr></thead>
<tbody>
<tr><td>Senin–Kamis</td><td>07.30–14.00 WIB</td></tr>
<tr><td>Jumat</td><td>07.30–11.00 WIB</td></tr>
<tr><td>Sabtu</td><td>07.30–12.30 WIB</td></tr>
<tr><td>Minggu dan hari libur</td><td>hanya UGD di puskesmas 24 jam</td></tr>
</tbody>
</table>

<h2>Puskesmas dengan UGD 24 Jam</h2>
<p>Puskesmas Gilingan, Puskesmas Sangkrah, dan Puskesmas Pajang membuka UGD 24 jam serta rawat inap dan persalinan. Untuk keadaan darurat di rumah, hubungi layanan ambulans gratis Pemerintah Kota di 0271-733-119.</p>

<h2>Imunisasi dan Posyandu</h2>
<p>Imunisasi dasar bayi dilayani gratis setiap hari Rabu pukul 08.00–11.00 WIB di semua puskesmas, dan setiap bulan di posyandu sesuai jadwal kelurahan. Bawa buku KIA setiap kali datang.</p>

<h2>Rujukan ke Rumah Sakit</h2>
<p>Dokter puskesmas memberikan rujukan ke rumah sakit jika diperlukan secara medis. Surat rujukan berlaku 90 hari untuk kunjungan ulang dengan diagnosis yang sama. Rujukan atas permintaan sendiri tanpa indikasi medis tidak dapat diberikan.</p>

<h2>Kontak Dinas Kesehatan</h2>
<p>Dinas Kesehatan Kota Surakarta, Jl. Menteri Supeno No. 9, Manahan, Banjarsari, Surakarta. WhatsApp pengaduan layanan puskesmas: 0812-2500-3119. Surel: dinkes@surakarta.example.invalid.</p>

<h2>Pertanyaan yang Sering Diajukan</h2>
<h3>Apakah saya boleh berobat di puskesmas yang bukan tempat terdaftar JKN saya?</h3>
<p>Hanya untuk keadaan gawat darurat. Untuk pemeriksaan biasa, pindahkan FKTP terlebih dahulu atau bayar sebagai pasien umum.</p>
<h3>Apakah warga luar Solo boleh berobat?</h3>
<p>Boleh, sebagai pasien umum dengan tarif di atas, atau sebagai peserta JKN jika puskesmas tersebut adalah FKTP-nya.</p>
<h3>Bisakah mendapat surat keterangan sehat pada hari Sabtu?</h3>
<p>Bisa, selama pemeriksaan selesai sebelum layanan rawat jalan tutup pukul 12.30 WIB.</p>
<p>Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan.</p>
"""

SAMPAH_MAIN = """
<h1>Layanan Kebersihan dan Retribusi Persampahan Kota Ambon</h1>
<p>Dinas Lingkungan Hidup dan Persampahan Kota Ambon menyelenggarakan pengangkutan sampah rumah tangga dan usaha dari tempat penampungan sementara (TPS) ke Tempat Pemrosesan Akhir (TPA) Toisapu. Warga dan pelaku usaha dikenakan retribusi pelayanan persampahan setiap bulan.</p>

<h2>Cakupan Layanan</h2>
<ul>
<li>Pengangkutan sampah dari TPS dan kontainer di seluruh kecamatan</li>
<li>Pengangkutan langsung dari pintu ke pintu bagi usaha dan kawasan tertentu</li>
<li>Pengangkutan sampah besar (perabot, kasur, sisa renovasi ringan) atas permintaan</li>
<li>Pembinaan bank sampah dan pengomposan di tingkat negeri dan kelurahan</li>
</ul>

<h2>Besaran Retribusi Bulanan</h2>
<table>
<thead><tr><th>Kategori</th><th>Retribusi per bulan</th></tr></thead>
<tbody>
<tr><td>Rumah tangga</td><td>Rp15.000</td></tr>
<tr><td>Kios dan toko kecil</td><td>Rp35.000</td></tr>
<tr><td>Rumah makan dan kafe</td><td>Rp100.000</td></tr>
<tr><td>Hotel dan penginapan</td><td>Rp250.000</td></tr>
<tr><td>Pedagang pasar (per hari)</td><td>Rp2.000</td></tr>
</tbody>
</table>
<p>Rumah ibadah dan panti sosial dibebaskan dari retribusi dengan surat keterangan dari kelurahan atau negeri.</p>

<h2>Cara Membayar</h2>
<ol>
<li>Melalui aplikasi <strong>AMBON BERSIH</strong> menggunakan QRIS atau virtual account.</li>
<li>Melalui petugas pemungut kelurahan atau negeri yang membawa karcis resmi dan kartu identitas.</li>
<li>Di loket dinas pada jam kerja.</li>
</ol>
<p>Retribusi dibayar paling lambat tanggal 15 setiap bulan. Keterlambatan dikenakan sanksi administratif 2% per bulan dari retribusi terutang.</p>

<h2>Jadwal Membuang dan Mengangkut Sampah</h2>
<p>Warga membuang sampah ke TPS hanya pada pukul 18.00–06.00 WIT. Truk mengangkut sampah dari TPS setiap hari pukul 05.00–10.00 WIT, termasuk hari Minggu. Sampah wajib dimasukkan ke kantong tertutup; sampah organik dan anorganik dianjurkan dipisahkan.</p>

<h3>Sampah besar</h3>
<p>Pengangkutan sampah besar diajukan melalui aplikasi atau WhatsApp paling lambat 3 hari sebelumnya, dengan biaya Rp150.000 per angkutan mobil bak terbuka.</p>

<h2>Memilah Sampah dari Rumah</h2>
<p>Pemerintah Kota Ambon mendorong setiap rumah tangga memilah sampah menjadi tiga kelompok sebelum dibuang:</p>
<ol>
<li>Sampah organik: sisa makanan, sayur, kulit buah, dan daun, yang dapat diolah menjadi kompos.</li>
<li>Sampah anorganik bernilai: plastik, kertas, kardus, kaleng, dan botol, yang dapat disetor ke bank sampah.</li>
<li>Sampah residu dan berbahaya: popok, pembalut, baterai, lampu, dan kemasan obat nyamuk semprot.</li>
</ol>
<p>Sampah berbahaya rumah tangga seperti baterai dan lampu bekas dapat diserahkan ke kotak khusus di kantor kecamatan, tanpa biaya.</p>

<h2>Angkutan Langsung untuk Usaha</h2>
<p>Rumah makan, hotel, toko modern, dan kantor yang menghasilkan sampah lebih dari 1 meter kubik per hari wajib menggunakan layanan angkutan langsung. Permohonan diajukan ke dinas dengan melampirkan NIB dan perkiraan volume sampah harian. Pengangkutan dilakukan sesuai jadwal yang disepakati, paling sedikit 3 kali seminggu, dan retribusinya ditetapkan dalam surat ketetapan tersendiri berdasarkan volume.</p>

<h2>Larangan dan Sanksi</h2>
<ul>
<li>Membuang sampah di luar jam yang ditentukan, ke sungai, pantai, atau selokan</li>
<li>Membakar sampah di ruang terbuka</li>
<li>Membuang sampah dari kendaraan</li>
</ul>
<p>Pelanggar dikenakan denda administratif paling banyak Rp500.000. Pelanggaran berulang dapat diproses sebagai tindak pidana ringan.</p>

<h2>Bank Sampah</h2>
<p>Saat ini terdapat 35 unit bank sampah aktif. Warga dapat menabung sampah anorganik yang sudah dipilah dan menerima hasilnya dalam bentuk tabungan atau pembayaran retribusi.</p>

<h2>Pengaduan dan Kontak</h2>
<p>Kantor Dinas Lingkungan Hidup dan Persampahan Kota Ambon, Jl. Dr. Kayadoe No. 5, Kudamati, Nusaniwe, Kota Ambon. Layanan kantor Senin–Jumat pukul 08.00–16.00 WIT.</p>
<p>Pengaduan sampah tidak terangkut: WhatsApp 0811-4700-922 (setiap hari 06.00–20.00 WIT). Surel: dlhp@ambon.example.invalid.</p>

<h2>Tanya Jawab</h2>
<h3>Sampah di TPS dekat rumah tidak diangkut dua hari. Apa yang harus dilakukan?</h3>
<p>Laporkan melalui WhatsApp pengaduan dengan foto dan lokasi. Petugas menindaklanjuti paling lambat 1x24 jam.</p>
<h3>Apakah retribusi bisa dibayar sekaligus untuk satu tahun?</h3>
<p>Bisa melalui aplikasi AMBON BERSIH, dengan potongan 10% untuk pembayaran 12 bulan di muka.</p>
<h3>Bolehkah saya mengantar sampah sendiri ke TPA Toisapu?</h3>
<p>Boleh. TPA menerima kendaraan pribadi pukul 06.00–18.00 WIT. Sampah rumah tangga tidak dipungut biaya; sampah usaha membayar sesuai timbangan.</p>
<p>Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan.</p>
"""


def main() -> None:
    batam, solo, ambon = KNOW / "id/batam", KNOW / "id/surakarta", KNOW / "id/ambon"
    for p in (batam, solo, ambon):
        p.mkdir(parents=True, exist_ok=True)

    pdf = batam / "paspor-biasa.pdf"
    build_pdf(pdf)
    sidecar(pdf, title=PASPOR["title"], region="Kota Batam, Kepulauan Riau",
            agency="Kantor Imigrasi Kelas I Khusus TPI Batam",
            source="https://example.invalid/batam/imigrasi/paspor-biasa", updated="2026-02-09")

    dx = solo / "sim-baru-perpanjangan.docx"
    build_docx(dx)
    sidecar(dx, title="Layanan SIM Baru dan Perpanjangan – Satpas Polresta Surakarta",
            region="Kota Surakarta, Jawa Tengah", agency="Satpas Polresta Surakarta",
            source="https://example.invalid/surakarta/polresta/satpas-sim", updated="2026-01-19")

    h1 = solo / "layanan-puskesmas.html"
    t1 = "Layanan Puskesmas – Dinas Kesehatan Kota Surakarta"
    h1.write_text(page(t1, ["Beranda", "Profil", "Layanan", "Puskesmas", "Berita", "Kontak"],
                       PUSKESMAS_MAIN,
                       "Dinas Kesehatan Kota Surakarta · Jl. Menteri Supeno No. 9 · © 2026"),
                  encoding="utf-8")
    sidecar(h1, title=t1, region="Kota Surakarta, Jawa Tengah",
            agency="Dinas Kesehatan Kota Surakarta",
            source="https://example.invalid/surakarta/dinkes/layanan-puskesmas", updated="2026-03-02")

    h2 = ambon / "retribusi-sampah.html"
    t2 = "Layanan Kebersihan dan Retribusi Persampahan – DLHP Kota Ambon"
    h2.write_text(page(t2, ["Beranda", "Profil Dinas", "Persampahan", "Bank Sampah",
                            "Pengumuman", "Kontak"], SAMPAH_MAIN,
                       "Dinas Lingkungan Hidup dan Persampahan Kota Ambon · © 2026"),
                  encoding="utf-8")
    sidecar(h2, title=t2, region="Kota Ambon, Maluku",
            agency="Dinas Lingkungan Hidup dan Persampahan Kota Ambon",
            source="https://example.invalid/ambon/dlhp/retribusi-sampah", updated="2026-02-20")
    print("built", pdf.name, dx.name, h1.name, h2.name)


if __name__ == "__main__":
    main()
