"""Build the two HTML pages and their sidecars:

- knowledge/my/ampang-jaya/sewa-dewan.html       (MPAJ hall rental)
- knowledge/my/alor-gajah/letak-kereta-kompaun.html (MPAG parking and compounds)

Each page has <title>, a <header> and <nav> menu, <main> with h1/h2/h3, lists and a table,
and a <footer>. The loader (indexer/formats.py, extract_html) reads them with trafilatura,
which should keep <main> and drop the menu and footer; check.py verifies that the marker
strings below (NAV_FOOTER_MARKERS) do not reach the loaded text.
"""

from common import KNOWLEDGE, LAST_LINE, write_sidecar

# text that appears only in menus, breadcrumbs and footers of the two pages
NAV_FOOTER_MARKERS = [
    "Profil Majlis", "Pengumuman Tender", "Peta Laman", "Hak Cipta", "Dasar Privasi",
    "Penafian", "Jumlah Pelawat", "Soalan Aduan Awam", "Laman Utama", "Direktori Pegawai",
    "Pautan Agensi",
]

PAGE = """<!DOCTYPE html>
<html lang="ms">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="description" content="{description}">
<link rel="stylesheet" href="https://example.invalid/{site}/assets/portal.css">
</head>
<body>
<header class="site-header">
  <div class="brand"><a href="https://example.invalid/{site}/">{agency}</a></div>
  <form class="search" action="https://example.invalid/{site}/cari"><input name="q" placeholder="Carian"></form>
</header>
<nav class="menu" aria-label="Menu utama">
  <ul>
    <li><a href="https://example.invalid/{site}/">Laman Utama</a></li>
    <li><a href="https://example.invalid/{site}/profil">Profil Majlis</a></li>
    <li><a href="https://example.invalid/{site}/direktori">Direktori Pegawai</a></li>
    <li><a href="https://example.invalid/{site}/tender">Pengumuman Tender</a></li>
    <li><a href="https://example.invalid/{site}/aduan">Soalan Aduan Awam</a></li>
    <li><a href="https://example.invalid/{site}/agensi">Pautan Agensi</a></li>
  </ul>
</nav>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <a href="https://example.invalid/{site}/">Laman Utama</a> &rsaquo; <a href="https://example.invalid/{site}/perkhidmatan">Perkhidmatan</a> &rsaquo; {crumb}
</nav>
<main id="kandungan">
<article>
{body}
<p>{last_line}</p>
</article>
</main>
<footer class="site-footer">
  <p>Hak Cipta &copy; 2026 {agency}. Semua hak terpelihara.</p>
  <ul>
    <li><a href="https://example.invalid/{site}/penafian">Penafian</a></li>
    <li><a href="https://example.invalid/{site}/privasi">Dasar Privasi</a></li>
    <li><a href="https://example.invalid/{site}/peta-laman">Peta Laman</a></li>
  </ul>
  <p>Jumlah Pelawat: 1,204,331 &middot; Paparan terbaik pada resolusi 1366 x 768</p>
</footer>
</body>
</html>
"""

DEWAN_BODY = """<h1>Sewaan Dewan Serbaguna MPAJ</h1>
<p>Majlis Perbandaran Ampang Jaya (MPAJ) menyediakan dewan serbaguna untuk disewa oleh orang ramai, persatuan dan syarikat bagi majlis perkahwinan, kenduri, mesyuarat, kursus dan aktiviti komuniti. Tempahan diuruskan oleh Unit Fasiliti, Jabatan Khidmat Pengurusan.</p>

<h2>Senarai Dewan</h2>
<h3>Dewan Serbaguna Taman Melawati</h3>
<p>Dewan utama berhawa dingin dengan kapasiti 600 orang, pentas, dua bilik persalinan dan tempat letak kereta untuk 120 kenderaan.</p>
<h3>Dewan Komuniti Pandan Indah</h3>
<p>Dewan berhawa dingin dengan kapasiti 300 orang dan dapur basah untuk penyediaan makanan.</p>
<h3>Dewan Orang Ramai Bukit Indah</h3>
<p>Dewan berkipas dengan kapasiti 150 orang, sesuai untuk kenduri kecil, kelas dan mesyuarat penduduk.</p>

<h2>Kadar Sewa</h2>
<table>
<thead><tr><th>Dewan</th><th>Separuh hari (5 jam)</th><th>Sehari penuh</th><th>Deposit</th></tr></thead>
<tbody>
<tr><td>Dewan Serbaguna Taman Melawati</td><td>RM450</td><td>RM800</td><td>RM1,000</td></tr>
<tr><td>Dewan Komuniti Pandan Indah</td><td>RM280</td><td>RM520</td><td>RM500</td></tr>
<tr><td>Dewan Orang Ramai Bukit Indah</td><td>RM140</td><td>RM260</td><td>RM300</td></tr>
</tbody>
</table>
<p>Caj tambahan:</p>
<ul>
<li>Hawa dingin melebihi masa tempahan: RM90 sejam</li>
<li>Sistem siaraya (PA) dan mikrofon: RM60 setiap sesi</li>
<li>Kerusi tambahan melebihi 200 buah: RM1 sebuah</li>
</ul>

<h2>Diskaun dan Pengecualian</h2>
<ul>
<li>Persatuan penduduk dan NGO berdaftar dalam kawasan MPAJ: diskaun 20% bagi program komuniti</li>
<li>Sekolah kerajaan: diskaun 40% bagi program pelajar pada hari persekolahan</li>
<li>Majlis tahlil dan kenduri arwah di Dewan Orang Ramai Bukit Indah: sewa percuma, deposit tetap dikenakan</li>
</ul>

<h2>Cara Tempahan</h2>
<ol>
<li>Semak kekosongan tarikh dalam portal TempahAJ.</li>
<li>Isi borang tempahan sekurang-kurangnya 14 hari sebelum tarikh majlis. Tempahan boleh dibuat paling awal 6 bulan sebelum tarikh.</li>
<li>Tunggu e-mel kelulusan daripada Unit Fasiliti.</li>
<li>Jelaskan sewa dan deposit dalam tempoh 3 hari bekerja selepas kelulusan. Tempahan yang tidak dibayar akan dibatalkan secara automatik.</li>
</ol>

<h2>Dokumen Diperlukan</h2>
<ul>
<li>Salinan MyKad penyewa (berumur 21 tahun ke atas)</li>
<li>Surat pendaftaran persatuan atau syarikat (jika menyewa atas nama organisasi)</li>
<li>Permit polis bagi majlis yang melibatkan lebih 500 tetamu atau persembahan awam</li>
</ul>

<h2>Syarat Penggunaan</h2>
<ul>
<li>Merokok dan minuman keras dilarang di dalam dan sekitar dewan.</li>
<li>Muzik dan sistem bunyi mesti dihentikan pada 11.00 malam.</li>
<li>Dinding dan siling tidak boleh ditebuk atau dipaku untuk hiasan.</li>
<li>Penyewa mesti membersihkan dewan dan membuang sampah ke tong pukal selepas majlis.</li>
<li>Kerosakan harta benda ditolak daripada deposit.</li>
</ul>

<h2>Pembatalan dan Bayaran Balik</h2>
<table>
<thead><tr><th>Notis pembatalan</th><th>Bayaran balik sewa</th></tr></thead>
<tbody>
<tr><td>Lebih 30 hari sebelum tarikh majlis</td><td>80%</td></tr>
<tr><td>14 hingga 30 hari sebelum tarikh majlis</td><td>50%</td></tr>
<tr><td>Kurang 14 hari sebelum tarikh majlis</td><td>Tiada bayaran balik</td></tr>
</tbody>
</table>
<p>Deposit dipulangkan sepenuhnya melalui pindahan bank dalam tempoh 21 hari bekerja selepas pemeriksaan dewan, jika tiada kerosakan atau tunggakan.</p>

<h2>Waktu Penggunaan</h2>
<ul>
<li>Sesi pagi: 8.00 pagi hingga 1.00 tengah hari</li>
<li>Sesi petang: 2.00 petang hingga 7.00 petang</li>
<li>Sesi malam: 7.30 malam hingga 11.30 malam</li>
</ul>
<p>Tempahan sehari penuh meliputi 8.00 pagi hingga 11.30 malam. Semua majlis mesti tamat dan dewan dikosongkan pada 11.30 malam.</p>

<h2>Kaunter Tempahan</h2>
<p>Unit Fasiliti, Aras 4, Menara MPAJ, Jalan Pandan Cahaya 7, 68000 Ampang. Kaunter dibuka Isnin hingga Jumaat, 8.30 pagi hingga 4.30 petang, dan ditutup pada hari Sabtu, Ahad dan cuti umum. Telefon 03-4291 7745. E-mel fasiliti@mpaj.example.invalid.</p>

<h2>Soalan Lazim</h2>
<h3>Boleh saya melihat dewan sebelum menempah?</h3>
<p>Boleh. Lawatan dewan diatur oleh Unit Fasiliti pada hari bekerja antara 10.00 pagi hingga 12.00 tengah hari dengan temu janji.</p>
<h3>Boleh saya membawa katerer sendiri?</h3>
<p>Boleh. Katerer mesti mempunyai lesen premis makanan dan pekerjanya mempunyai suntikan tifoid yang sah.</p>
<h3>Boleh saya menukar tarikh tempahan?</h3>
<p>Pertukaran tarikh dibenarkan sekali sahaja tanpa caj jika dibuat lebih 30 hari sebelum tarikh asal dan dewan kosong pada tarikh baharu.</p>"""

PARKIR_BODY = """<h1>Tempat Letak Kereta Berbayar dan Kompaun</h1>
<p>Majlis Perbandaran Alor Gajah (MPAG) mengurus tempat letak kereta berbayar di pekan-pekan utama dalam daerah Alor Gajah. Halaman ini menerangkan kawasan berbayar, kadar caj, cara membayar, pas bulanan, kompaun dan cara membuat rayuan.</p>

<h2>Kawasan Letak Kereta Berbayar</h2>
<ul>
<li>Bandar Alor Gajah, termasuk Jalan Dato' Dol Said dan kawasan Pasar Besar</li>
<li>Pekan Masjid Tanah</li>
<li>Pekan Pulau Sebang</li>
<li>Kuala Sungai Baru</li>
</ul>
<p>Petak berbayar ditandakan dengan garisan putih dan papan tanda biru. Motosikal diletakkan di petak motosikal secara percuma.</p>

<h2>Kadar Caj Letak Kereta</h2>
<table>
<thead><tr><th>Jenis kenderaan</th><th>Kadar</th></tr></thead>
<tbody>
<tr><td>Kereta dan MPV</td><td>RM0.60 sejam</td></tr>
<tr><td>Van dan lori ringan</td><td>RM1.20 sejam</td></tr>
<tr><td>Bas dan lori berat (petak khas)</td><td>RM3.00 sejam</td></tr>
<tr><td>Motosikal</td><td>Percuma</td></tr>
</tbody>
</table>

<h2>Waktu Berbayar</h2>
<p>Caj dikenakan Isnin hingga Sabtu, 8.30 pagi hingga 5.30 petang. Letak kereta adalah percuma pada hari Ahad dan cuti umum, serta di luar waktu berbayar. Pada minggu perayaan Hari Raya Aidilfitri dan Tahun Baru Cina, Majlis boleh mengumumkan letak kereta percuma di kawasan tertentu melalui notis di aplikasi dan papan kenyataan.</p>

<h2>Cara Membuat Bayaran</h2>
<h3>Aplikasi ParkirAG</h3>
<p>Muat turun aplikasi ParkirAG, daftar nombor kenderaan dan tambah nilai baki melalui FPX atau e-dompet. Mulakan sesi parkir sebaik sahaja meletakkan kenderaan dan tamatkan apabila beredar; caj dikira setiap 30 minit.</p>
<h3>Kupon Letak Kereta</h3>
<p>Buku kupon boleh dibeli di kaunter MPAG dan kedai runcit yang mempamerkan pelekat ejen kupon. Tanda tarikh dan masa dengan jelas dan letakkan kupon di papan pemuka.</p>
<h3>Mesin Meter</h3>
<p>Mesin meter di Bandar Alor Gajah menerima syiling dan kad debit tanpa sentuh.</p>

<h2>Pas Bulanan dan Tahunan</h2>
<table>
<thead><tr><th>Jenis pas</th><th>Harga</th><th>Syarat</th></tr></thead>
<tbody>
<tr><td>Pas bulanan kereta</td><td>RM45</td><td>Satu kenderaan, semua kawasan berbayar</td></tr>
<tr><td>Pas tahunan kereta</td><td>RM480</td><td>Satu kenderaan, semua kawasan berbayar</td></tr>
<tr><td>Pas bulanan peniaga</td><td>RM30</td><td>Pemegang lesen premis MPAG, kawasan premis sahaja</td></tr>
</tbody>
</table>
<p>Pas dipohon melalui aplikasi ParkirAG dan berkuat kuasa pada hari pertama bulan berikutnya.</p>

<h2>Jadual Kompaun</h2>
<table>
<thead><tr><th>Kesalahan</th><th>Kompaun</th><th>Jika dibayar dalam 14 hari</th></tr></thead>
<tbody>
<tr><td>Tidak membayar caj letak kereta</td><td>RM30</td><td>RM15</td></tr>
<tr><td>Melebihi masa yang dibayar</td><td>RM20</td><td>RM10</td></tr>
<tr><td>Letak kereta di petak OKU tanpa pelekat OKU</td><td>RM200</td><td>Tiada potongan</td></tr>
<tr><td>Letak kereta di garisan kuning atau menghalang lalu lintas</td><td>RM100</td><td>RM50</td></tr>
</tbody>
</table>
<p>Kompaun boleh dibayar melalui aplikasi ParkirAG, JomPAY atau di kaunter MPAG.</p>

<h2>Rayuan Kompaun</h2>
<p>Rayuan dibuat melalui borang dalam aplikasi ParkirAG dalam tempoh 14 hari dari tarikh kompaun, bersama gambar atau resit sebagai bukti. Keputusan dimaklumkan dalam tempoh 10 hari bekerja. Jika rayuan ditolak, kompaun mesti dibayar pada kadar penuh.</p>

<h2>Pengapitan Tayar dan Tunda</h2>
<p>Kenderaan yang mempunyai lebih daripada tiga kompaun tertunggak atau menghalang lalu lintas boleh diapit tayar atau ditunda.</p>
<ul>
<li>Caj membuka apit tayar: RM80</li>
<li>Caj tunda: RM180</li>
<li>Caj simpanan di Depoh Kenderaan MPAG, Jalan Rembia: RM10 sehari</li>
</ul>

<h2>Kaunter Bayaran</h2>
<p>Kaunter Hasil, Tingkat Bawah, Bangunan MPAG, Jalan Dato' Dol Said 2, 78000 Alor Gajah. Dibuka Isnin hingga Khamis, 8.00 pagi hingga 5.00 petang, dan Jumaat, 8.00 pagi hingga 12.15 tengah hari dan 2.45 petang hingga 5.00 petang. Telefon 06-556 2184. E-mel parkir@mpag.example.invalid.</p>

<h2>Soalan Lazim</h2>
<h3>Apa berlaku jika kompaun tidak dibayar?</h3>
<p>Kompaun yang tidak dibayar dalam tempoh 60 hari boleh dibawa ke mahkamah dan nombor kenderaan akan disenaraihitamkan daripada membuat urusan dengan Majlis.</p>
<h3>Pemegang pelekat OKU perlu membayar caj?</h3>
<p>Tidak. Kenderaan dengan pelekat OKU MPAG yang sah boleh meletak kenderaan di petak OKU secara percuma.</p>
<h3>Saya sudah bayar dalam aplikasi tetapi masih menerima kompaun?</h3>
<p>Buat rayuan dalam aplikasi ParkirAG dan lampirkan tangkapan skrin sesi parkir. Pastikan nombor kenderaan yang didaftarkan sama dengan nombor pada plat, kerana kesilapan satu huruf menyebabkan sesi tidak dikesan oleh pegawai penguatkuasa.</p>
<h3>Bagaimana memohon pelekat OKU MPAG?</h3>
<p>Bawa Kad OKU, MyKad dan geran kenderaan ke Kaunter Hasil. Pelekat dikeluarkan secara percuma dan sah selama 2 tahun.</p>"""

PAGES = [
    dict(path=KNOWLEDGE / "my" / "ampang-jaya" / "sewa-dewan.html", site="mpaj",
         title="Sewaan Dewan Serbaguna MPAJ", crumb="Sewaan Dewan",
         description="Kadar sewa, deposit dan cara tempahan dewan serbaguna MPAJ.",
         agency="Majlis Perbandaran Ampang Jaya (MPAJ)", region="Ampang Jaya, Selangor",
         source="https://example.invalid/mpaj/sewa-dewan", updated="2026-02-11",
         body=DEWAN_BODY),
    dict(path=KNOWLEDGE / "my" / "alor-gajah" / "letak-kereta-kompaun.html", site="mpag",
         title="Tempat Letak Kereta Berbayar dan Kompaun MPAG", crumb="Letak Kereta",
         description="Kadar caj letak kereta, pas bulanan, kompaun dan rayuan di Alor Gajah.",
         agency="Majlis Perbandaran Alor Gajah (MPAG)", region="Alor Gajah, Melaka",
         source="https://example.invalid/mpag/letak-kereta", updated="2026-03-05",
         body=PARKIR_BODY),
]


def main() -> None:
    for page in PAGES:
        html = PAGE.format(title=page["title"], description=page["description"],
                           site=page["site"], agency=page["agency"], crumb=page["crumb"],
                           body=page["body"], last_line=LAST_LINE)
        page["path"].write_text(html, encoding="utf-8")
        write_sidecar(page["path"], title=page["title"], region=page["region"],
                      agency=page["agency"], source=page["source"],
                      updated=page["updated"])
        print("wrote", page["path"])


if __name__ == "__main__":
    main()
