"""Write the two HTML pages and their sidecars.

Each page has <title>, a <nav> menu, <main> with h1/h2/h3, lists, a table and a <footer>.
The menu and footer strings are listed in NAV_FOOTER so check.py can prove they do not
reach the loaded text.
"""
from common import KNOWLEDGE, LAST_LINE, write_sidecar

# strings that occur only in <nav>/<header>/<footer>, never in <main>
NAV_FOOTER = {
    "my/kluang/sewa-dewan.html": [
        "Portal Rasmi Majlis Perbandaran Kluang", "Laman Utama MPK", "Profil Majlis", "Pusat Media", "Direktori Pegawai",
        "Hak Cipta Terpelihara 2026 Majlis Perbandaran Kluang", "Dasar Privasi",
        "Penafian", "Paparan terbaik menggunakan pelayar terkini",
    ],
    "my/teluk-intan/kutipan-sampah.html": [
        "Portal Rasmi Majlis Perbandaran Teluk Intan", "Laman Utama MPTI", "Info Korporat", "Sudut Media", "Galeri Foto",
        "Hak Cipta 2026 Majlis Perbandaran Teluk Intan", "Dasar Keselamatan",
        "Jumlah pelawat", "Soalan Lazim Portal",
    ],
}

PAGE = """<!DOCTYPE html>
<html lang="ms">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<header>
<p class="logo">{header}</p>
<nav>
<ul>
{nav}
</ul>
</nav>
</header>
<main>
<article>
{main}
<p>{last}</p>
</article>
</main>
<footer>
{footer}
</footer>
</body>
</html>
"""

SEWA_DEWAN = """<h1>Sewaan Dewan Majlis Perbandaran Kluang</h1>
<p>Majlis Perbandaran Kluang (MPK) menyewakan dewan milik Majlis kepada orang awam, pertubuhan dan syarikat untuk majlis perkahwinan, kenduri, mesyuarat, kursus dan aktiviti kemasyarakatan. Tempahan dibuat sekurang-kurangnya 14 hari sebelum tarikh majlis dan paling awal 12 bulan sebelumnya. Tarikh cuti umum dan hujung minggu pada musim cuti sekolah cepat penuh, jadi pemohon dinasihatkan menempah awal. Semua dewan dilengkapi tandas, surau kecil dan laluan OKU.</p>

<h2>Dewan yang boleh disewa</h2>
<table>
<thead><tr><th>Dewan</th><th>Kapasiti</th><th>Sewa sehari (8 pagi hingga 11 malam)</th><th>Deposit</th></tr></thead>
<tbody>
<tr><td>Dewan Serbaguna Majlis, Jalan Seroja Indah 4</td><td>800 orang</td><td>RM1,200</td><td>RM500</td></tr>
<tr><td>Dewan Orang Ramai Taman Sri Kenanga</td><td>300 orang</td><td>RM450</td><td>RM200</td></tr>
<tr><td>Dewan Orang Ramai Kampung Melayu Raya</td><td>250 orang</td><td>RM380</td><td>RM200</td></tr>
<tr><td>Bilik Seminar Wisma Majlis</td><td>60 orang</td><td>RM40 sejam</td><td>RM100</td></tr>
</tbody>
</table>
<p>Sewa separuh hari (maksimum 5 jam) ialah 60% daripada kadar sehari.</p>

<h2>Syarat tempahan</h2>
<ul>
<li>Pemohon berumur 21 tahun ke atas dan bertanggungjawab sepenuhnya ke atas majlis</li>
<li>Satu tempahan hanya untuk satu majlis dan tidak boleh dipindahkan kepada orang lain</li>
<li>Majlis yang melibatkan bunyi kuat seperti konsert memerlukan permit hiburan yang berasingan</li>
<li>Penggunaan dewan untuk kempen politik tidak dibenarkan</li>
</ul>

<h2>Cara membuat tempahan</h2>
<ol>
<li>Semak tarikh kosong dalam aplikasi MPK Sentuh, menu "Tempahan Dewan".</li>
<li>Isi borang tempahan dalam aplikasi atau di Kaunter Khidmat Pelanggan, Aras Bawah, Wisma Majlis.</li>
<li>Bayar deposit dalam tempoh 3 hari bekerja untuk mengesahkan tempahan. Tempahan tanpa deposit dibatalkan secara automatik.</li>
<li>Jelaskan baki sewa sekurang-kurangnya 7 hari sebelum tarikh majlis.</li>
</ol>

<h2>Tempoh memproses</h2>
<p>Tempahan melalui aplikasi disahkan dalam tempoh 2 hari bekerja. Tempahan untuk acara yang memerlukan kelulusan tambahan, seperti pameran atau jualan, mengambil masa sehingga 10 hari bekerja.</p>

<h2>Potongan harga</h2>
<ul>
<li>Pertubuhan bukan kerajaan berdaftar di Kluang: potongan 30%</li>
<li>Sekolah kerajaan dan agensi kerajaan: potongan 50%</li>
<li>Majlis tahlil dan kenduri arwah di dewan orang ramai: potongan 50%</li>
</ul>

<h2>Pembatalan dan pemulangan deposit</h2>
<p>Pembatalan lebih 30 hari sebelum majlis: sewa dipulangkan penuh. Pembatalan antara 8 hingga 30 hari: 50% daripada sewa dipotong. Pembatalan 7 hari atau kurang: tiada pemulangan sewa. Deposit dipulangkan ke akaun bank pemohon dalam tempoh 14 hari bekerja selepas pemeriksaan dewan, ditolak kos kerosakan atau kebersihan jika ada.</p>

<h2>Peraturan penggunaan dewan</h2>
<ul>
<li>Dewan mesti dikosongkan dan kunci dipulangkan sebelum 11.00 malam</li>
<li>Dilarang memaku, menampal pita pelekat atau menggantung hiasan pada dinding</li>
<li>Memasak menggunakan dapur gas hanya dibenarkan di ruang dapur belakang</li>
<li>Caj lebih masa RM100 sejam dikenakan selepas 11.00 malam</li>
<li>Kos pembersihan RM150 ditolak daripada deposit jika dewan ditinggalkan kotor</li>
</ul>

<h2>Kemudahan termasuk dalam sewa</h2>
<p>Sewa termasuk meja bulat (sehingga 80 unit di Dewan Serbaguna), kerusi, sistem pembesar suara asas, penghawa dingin dan tempat letak kereta. Pentas tambahan dan karpet merah boleh disewa pada kadar RM80 setiap satu. Khidmat juruteknik siaraya untuk majlis besar boleh ditempah pada kadar RM60 sejam.</p>

<h2>Soalan lazim</h2>
<h3>Boleh tempah dewan untuk hari Sabtu dan Ahad sekali gus?</h3>
<p>Boleh. Tempahan berturut-turut sehingga 3 hari dibenarkan, dan hari kedua serta ketiga dikenakan 80% daripada kadar sehari.</p>
<h3>Boleh bawa katerer sendiri?</h3>
<p>Boleh. Katerer mesti mempunyai lesen perniagaan makanan yang sah dan membersihkan ruang dapur selepas majlis.</p>

<h3>Dewan boleh ditempah untuk jualan atau pameran?</h3>
<p>Boleh, tetapi pemohon perlu mengemukakan senarai peserta dan pelan susun atur gerai bersama borang tempahan. Kelulusan mengambil masa sehingga 10 hari bekerja.</p>

<h2>Hubungi kami</h2>
<p>Unit Pengurusan Aset, Jabatan Khidmat Pengurusan MPK<br>
Telefon: 07-772 4360<br>
WhatsApp tempahan: 019-775 2081<br>
E-mel: dewan@mpkluang.example.invalid</p>
<p>Waktu kaunter: Isnin hingga Khamis 8.00 pagi hingga 4.30 petang; Jumaat 8.00 pagi hingga 12.00 tengah hari dan 2.45 petang hingga 4.30 petang.</p>"""

KUTIPAN_SAMPAH = """<h1>Kutipan Sampah dan Sisa Pukal</h1>
<p>Majlis Perbandaran Teluk Intan (MPTI) melalui Jabatan Perkhidmatan Bandar mengutip sampah domestik, sisa kebun dan sisa pukal dari rumah kediaman dan premis perniagaan dalam kawasan pentadbirannya. Halaman ini menerangkan jadual kutipan, cara memohon kutipan sisa pukal dan kesalahan berkaitan pembuangan sampah.</p>

<h2>Jadual kutipan sampah domestik</h2>
<table>
<thead><tr><th>Kawasan</th><th>Hari kutipan</th><th>Waktu</th></tr></thead>
<tbody>
<tr><td>Pusat bandar dan kedai</td><td>Setiap hari</td><td>6.00 pagi hingga 10.00 pagi</td></tr>
<tr><td>Taman Intan Baiduri, Taman Sri Intan, Taman Selabak</td><td>Isnin, Rabu, Jumaat</td><td>7.00 pagi hingga 1.00 petang</td></tr>
<tr><td>Kampung Bahagia, Batu 6, Sungai Manik</td><td>Selasa, Khamis, Sabtu</td><td>7.00 pagi hingga 1.00 petang</td></tr>
<tr><td>Changkat Jong dan kawasan luar bandar</td><td>Selasa dan Sabtu</td><td>8.00 pagi hingga 3.00 petang</td></tr>
</tbody>
</table>
<p>Sampah mesti diletakkan dalam tong bertutup di hadapan premis sebelum pukul 7.00 pagi pada hari kutipan.</p>

<h2>Jenis sisa yang dikutip</h2>
<ul>
<li>Sampah domestik: sisa dapur, plastik, kertas dan bungkusan</li>
<li>Sisa kebun: daun, rumput dan dahan kecil yang diikat</li>
<li>Sisa pukal: perabot, tilam, almari, peti sejuk dan mesin basuh lama</li>
</ul>
<p>Sisa binaan (simen, batu bata, jubin), sisa klinikal dan sisa kimia tidak dikutip. Sisa binaan perlu dihantar sendiri ke Tapak Pelupusan Sisa Sungai Durian.</p>

<h2>Kutipan sisa pukal</h2>
<p>Kutipan sisa pukal dibuat melalui temu janji sahaja. Setiap rumah kediaman layak mendapat kutipan percuma sehingga 3 item sebulan. Item tambahan dikenakan caj RM15 bagi setiap item. Kutipan dijadualkan dalam tempoh 7 hari bekerja dari tarikh temu janji dibuat.</p>

<h2>Cara membuat temu janji</h2>
<ol>
<li>Hubungi Talian Bersih MPTI di 05-622 1770 atau gunakan aplikasi IntanBersih.</li>
<li>Nyatakan alamat, jenis dan bilangan item.</li>
<li>Letakkan item di luar pagar pada pagi hari kutipan yang dimaklumkan melalui SMS.</li>
</ol>

<h2>Sisa kebun</h2>
<p>Sisa kebun dikutip setiap hari Rabu di kawasan taman perumahan. Dahan mesti dipotong tidak melebihi 1.2 meter dan diikat. Sisa kebun melebihi 10 karung dianggap sisa pukal dan perlu temu janji. Batang pokok yang besar tidak dikutip bersama sisa kebun biasa.</p>

<h2>Tong sampah</h2>
<p>Setiap rumah wajib mempunyai sekurang-kurangnya satu tong sampah bertutup. Tong beroda 120 liter boleh dibeli di Kaunter Hasil MPTI pada harga RM85. Tong yang rosak semasa kutipan diganti percuma jika dilaporkan dalam tempoh 7 hari.</p>

<h2>Larangan pembakaran terbuka</h2>
<p>Membakar sampah atau sisa kebun di kawasan rumah adalah dilarang. Aduan pembakaran terbuka akan disiasat bersama Jabatan Alam Sekitar. Asap pembakaran menjejaskan kesihatan jiran, terutamanya kanak-kanak dan pesakit asma, dan boleh merebak menjadi kebakaran semak pada musim kemarau. Sisa kebun hendaklah diserahkan untuk kutipan atau dijadikan kompos.</p>

<h2>Kesalahan dan kompaun</h2>
<table>
<thead><tr><th>Kesalahan</th><th>Kompaun</th></tr></thead>
<tbody>
<tr><td>Membuang sampah di tempat awam</td><td>RM250</td></tr>
<tr><td>Membuang sisa pukal atau sisa binaan secara haram</td><td>RM1,000</td></tr>
<tr><td>Tidak menyediakan tong sampah bertutup</td><td>RM100</td></tr>
<tr><td>Pembakaran terbuka</td><td>RM500</td></tr>
</tbody>
</table>

<h2>Soalan lazim</h2>
<h3>Sampah rumah saya tak dikutip hari ini. Nak buat apa?</h3>
<p>Laporkan melalui aplikasi IntanBersih atau Talian Bersih MPTI sebelum pukul 5.00 petang. Kutipan susulan dibuat dalam tempoh 24 jam.</p>
<h3>Ada kutipan semasa Hari Raya?</h3>
<p>Kutipan dihentikan pada hari pertama Hari Raya Aidilfitri dan dibuat semula pada hari kedua, dengan kutipan tambahan di pusat bandar.</p>
<h3>Boleh buang barang kitar semula sekali dengan sampah biasa?</h3>
<p>Boleh, tetapi MPTI menggalakkan penduduk menghantar kertas, tin dan botol plastik ke Pusat Kitar Semula MPTI di Jalan Sungai Nibong 2, yang dibuka Isnin hingga Sabtu, 9.00 pagi hingga 5.00 petang.</p>

<h3>Kedai saya banyak sampah. Boleh minta kutipan tambahan?</h3>
<p>Boleh. Premis perniagaan boleh memohon kutipan tambahan di Kaunter Hasil MPTI dengan caj bulanan RM60 bagi setiap tong 240 liter.</p>

<h2>Hubungi kami</h2>
<p>Jabatan Perkhidmatan Bandar MPTI<br>
Talian Bersih: 05-622 1770 (Isnin hingga Sabtu, 8.00 pagi hingga 5.00 petang)<br>
E-mel: bersih@mpti.example.invalid</p>"""


def nav(items):
    return "\n".join(f'<li><a href="https://example.invalid/{i.lower().replace(" ", "-")}">{i}</a></li>'
                     for i in items)


PAGES = [
    {
        "path": KNOWLEDGE / "my" / "kluang" / "sewa-dewan.html",
        "title": "Sewaan Dewan Majlis Perbandaran Kluang",
        "header": "Portal Rasmi Majlis Perbandaran Kluang",
        "nav": ["Laman Utama MPK", "Profil Majlis", "Pusat Media", "Direktori Pegawai"],
        "main": SEWA_DEWAN,
        "footer": "<p>Hak Cipta Terpelihara 2026 Majlis Perbandaran Kluang</p>\n"
                  '<p><a href="https://example.invalid/privasi">Dasar Privasi</a> | '
                  '<a href="https://example.invalid/penafian">Penafian</a></p>\n'
                  "<p>Paparan terbaik menggunakan pelayar terkini</p>",
        "fields": {
            "region": "Kluang, Johor",
            "agency": "Majlis Perbandaran Kluang (MPK)",
            "source": "https://example.invalid/mpkluang/perkhidmatan/sewa-dewan",
            "updated": "2026-02-12",
        },
    },
    {
        "path": KNOWLEDGE / "my" / "teluk-intan" / "kutipan-sampah.html",
        "title": "Kutipan Sampah dan Sisa Pukal | Majlis Perbandaran Teluk Intan",
        "doc_title": "Kutipan Sampah dan Sisa Pukal",
        "header": "Portal Rasmi Majlis Perbandaran Teluk Intan",
        "nav": ["Laman Utama MPTI", "Info Korporat", "Sudut Media", "Galeri Foto",
                "Soalan Lazim Portal"],
        "main": KUTIPAN_SAMPAH,
        "footer": "<p>Hak Cipta 2026 Majlis Perbandaran Teluk Intan</p>\n"
                  '<p><a href="https://example.invalid/keselamatan">Dasar Keselamatan</a></p>\n'
                  "<p>Jumlah pelawat: 1,204,551</p>",
        "fields": {
            "region": "Teluk Intan, Perak",
            "agency": "Majlis Perbandaran Teluk Intan (MPTI)",
            "source": "https://example.invalid/mpti/perkhidmatan/kutipan-sampah",
            "updated": "2026-03-05",
        },
    },
]


def build():
    for page in PAGES:
        html = PAGE.format(title=page["title"], header=page["header"], nav=nav(page["nav"]),
                           main=page["main"], footer=page["footer"], last=LAST_LINE)
        page["path"].write_text(html, encoding="utf-8")
        write_sidecar(page["path"], {"title": page.get("doc_title", page["title"]),
                                     **page["fields"]})
        print("wrote", page["path"])


if __name__ == "__main__":
    build()
