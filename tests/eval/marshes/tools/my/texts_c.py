"""Texts of the marshes-my documents (part C: Beaufort). All figures invented."""
from texts_a import END

DOCS_C = [
dict(
 id="my/beaufort/sewa-gerai-pasar.html", fmt="html",
 title="Sewaan Gerai dan Petak Jualan Pasar Besar Beaufort",
 region="Beaufort, Sabah", agency="Majlis Daerah Beaufort",
 source="https://mdbeaufort.example.invalid/perkhidmatan/sewa-gerai",
 updated="2026-02-17",
 portal="Portal Rasmi Majlis Daerah Beaufort",
 nav=["Utama", "Profil Majlis", "Perkhidmatan Awam", "Sebut Harga dan Tender", "Galeri Media", "Direktori Pegawai"],
 footer=["Hak Cipta Terpelihara © 2026 Majlis Daerah Beaufort", "Dasar Keselamatan", "Soalan Lazim Portal", "Peta Laman"],
 sections=[
("Gambaran Keseluruhan", """
Majlis Daerah Beaufort menyewakan gerai dan petak jualan di Pasar Besar Beaufort, Tamu Mingguan Beaufort dan Pasar Membakut kepada peniaga tempatan. Penyewaan dibuat secara bulanan melalui perjanjian sewa yang diperbaharui setiap tahun.

Setiap gerai dilengkapi sinki, bekalan air dan lampu. Penyewa wajib mematuhi undang-undang kecil pasar, termasuk menjaga kebersihan gerai dan tidak meletakkan barang jualan di laluan awam.
"""),
("Siapa Boleh Memohon", """
<ul>
<li>Warganegara Malaysia berumur 18 tahun ke atas yang bermastautin di Daerah Beaufort</li>
<li>Tidak mempunyai tunggakan sewa atau kompaun dengan majlis</li>
<li>Penjual makanan basah atau masak mesti memiliki sijil suntikan tifoid</li>
</ul>

<p>Pemohon yang pernah ditamatkan perjanjian sewa kerana tunggakan hanya boleh memohon semula selepas 12 bulan.</p>
"""),
("Dokumen Permohonan", """
<ul>
<li>Borang Permohonan Sewa Gerai (Borang MDB-G1)</li>
<li>Salinan MyKad dan dua keping gambar berukuran pasport</li>
<li>Surat pengesahan Ketua Kampung atau Ketua Anak Negeri bagi pemohon dari kampung</li>
</ul>
"""),
("Kadar Sewa Bulanan", """
<table>
<tr><th>Jenis gerai</th><th>Sewa sebulan</th></tr>
<tr><td>Gerai ikan dan daging, Pasar Besar Beaufort</td><td>RM90.00</td></tr>
<tr><td>Gerai sayur dan buah, Pasar Besar Beaufort</td><td>RM60.00</td></tr>
<tr><td>Gerai makanan bermasak</td><td>RM120.00</td></tr>
<tr><td>Petak Tamu Mingguan (setiap hari tamu)</td><td>RM3.00</td></tr>
<tr><td>Gerai Pasar Membakut</td><td>RM50.00</td></tr>
</table>
<p>Deposit bersamaan dua bulan sewa dibayar semasa menandatangani perjanjian.</p>
"""),
("Waktu Operasi Pasar", """
<p>Pasar Besar Beaufort dibuka setiap hari dari 6.00 pagi hingga 6.00 petang. Tamu Mingguan Beaufort diadakan setiap hari Sabtu dari 6.00 pagi hingga 1.00 tengah hari. Pasar Membakut dibuka setiap hari kecuali hari Selasa.</p>
"""),
("Proses Pemilihan Penyewa", """
<p>Permohonan disemak oleh Jawatankuasa Pasar yang bermesyuarat setiap bulan. Keputusan dimaklumkan dalam tempoh 30 hari dari tarikh permohonan. Jika bilangan pemohon melebihi gerai kosong, pemilihan dibuat melalui cabutan undi terbuka.</p>

Pemohon yang berjaya perlu menandatangani perjanjian sewa dan memulakan perniagaan dalam tempoh 14 hari. Gerai yang tidak diusahakan dalam tempoh itu akan ditawarkan kepada pemohon dalam senarai menunggu.
"""),
("Bayaran Sewa Dan Tunggakan", """
<p>Sewa mesti dijelaskan sebelum 10 haribulan setiap bulan. Bayaran lewat dikenakan caj lewat RM10.00 bagi setiap bulan. Penyewa yang mempunyai tunggakan melebihi 3 bulan akan menerima notis penamatan perjanjian dan gerai akan disewakan kepada pemohon lain.</p>
"""),
("Bayaran Dan Semakan Dalam Talian", """
<p>Sewa boleh dibayar melalui sistem eGerai Beaufort di https://egerai.mdbeaufort.example.invalid menggunakan FPX, atau di Kaunter Hasil majlis. Penyewa boleh menyemak baki tunggakan dengan nombor gerai.</p>

Resit elektronik dihantar melalui e-mel dan boleh dicetak sebagai bukti bayaran. Penyewa yang menukar nombor telefon atau e-mel perlu mengemaskinikan maklumat di Kaunter Hasil.
"""),
("Tidak Termasuk Dalam Perkhidmatan Ini", """
<p>Halaman ini tidak meliputi lesen penjaja bergerak dan tapak jualan di tepi jalan, serta sewaan kedai milik majlis di Bandar Beaufort, yang dipohon melalui tender berasingan.</p>
"""),
("Soalan Lazim Penyewa Gerai", """
<h3>Bolehkah gerai disewakan semula kepada orang lain?</h3>
<p>Tidak. Penyewaan semula tanpa kebenaran menyebabkan perjanjian ditamatkan.</p>
<h3>Adakah bekalan elektrik termasuk dalam sewa?</h3>
<p>Tidak. Elektrik dibil berasingan mengikut meter kecil setiap gerai.</p>
<h3>Bolehkah saya menyewa dua gerai?</h3>
<p>Setiap penyewa dihadkan kepada satu gerai sahaja.</p>
"""),
("Hubungi Unit Pasar", """
<p>Unit Pasar dan Penjaja, Majlis Daerah Beaufort, dibuka Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang. Telefon: 087-211 052. E-mel: pasar@mdbeaufort.example.invalid.</p>
<p>""" + END + """</p>
"""),
 ]),

dict(
 id="my/beaufort/pembersihan-pasca-banjir.md", fmt="md",
 title="Bantuan Pembersihan Pasca Banjir Majlis Daerah Beaufort",
 region="Beaufort, Sabah", agency="Majlis Daerah Beaufort",
 source="https://mdbeaufort.example.invalid/perkhidmatan/pasca-banjir",
 updated="2026-01-08",
 sections=[
("Latar Belakang", """
Kawasan di sepanjang Sungai Padas, termasuk Bandar Beaufort, Kampung Lumat dan Membakut, sering dilanda banjir semasa musim tengkujuh. Majlis Daerah Beaufort menyediakan bantuan pembersihan selepas air surut bagi memulihkan kediaman dan kawasan awam dengan segera.

Bantuan ini dilaksanakan dengan kerjasama Jabatan Bomba dan Penyelamat, Jabatan Kerja Raya dan pertubuhan sukarela tempatan. Keutamaan diberikan kepada kawasan yang paling teruk terjejas dan laluan ke kemudahan awam seperti Hospital Beaufort.
"""),
("Bantuan Yang Disediakan", """
- Kutipan percuma sisa banjir seperti perabot rosak, tilam dan lumpur yang telah dikarung
- Pinjaman pam air dan mesin semburan bertekanan tinggi
- Pembersihan longkang dan parit awam di kawasan terjejas
- Semburan pembasmian kuman di kawasan awam
"""),
("Kelayakan", """
Bantuan diberikan kepada semua kediaman dan premis perniagaan kecil dalam kawasan majlis yang terjejas oleh banjir yang diisytiharkan. Mangsa yang didaftarkan di Pusat Pemindahan Sementara (PPS) diberi keutamaan.

Pemilik atau penghuni perlu menunjukkan MyKad dan bukti alamat semasa memohon. Satu permohonan dibenarkan bagi setiap alamat untuk setiap kejadian banjir.
"""),
("Cara Memohon Bantuan", """
Mangsa boleh mendaftar di kaunter bantuan majlis di Dewan Masyarakat Beaufort, melalui telefon, atau melalui aplikasi Beaufort Prihatin. Maklumkan alamat, jenis bantuan yang diperlukan dan anggaran jumlah sisa.

Pendaftaran dibuka sebaik sahaja air mula surut dan ditutup apabila semua zon telah dibersihkan. Setiap permohonan diberi nombor rujukan untuk memudahkan susulan.
"""),
("Jadual Kerja Pembersihan", """
Pasukan majlis mula bergerak dalam tempoh 24 jam selepas air surut. Kawasan dibersihkan mengikut zon, bermula dengan jalan utama dan kawasan PPS. Operasi pembersihan dijalankan setiap hari dari 7.00 pagi hingga 7.00 malam sehingga semua zon selesai.

Jadual harian mengikut zon dipaparkan di papan kenyataan Dewan Masyarakat Beaufort dan di aplikasi Beaufort Prihatin.
"""),
("Pinjaman Peralatan", """
| Peralatan | Tempoh pinjaman | Deposit |
|---|---|---|
| Pam air mudah alih | 3 hari | RM100.00 |
| Mesin semburan bertekanan tinggi | 2 hari | RM150.00 |
| Kereta sorong dan penyodok | 5 hari | Tiada deposit |

Deposit dipulangkan sepenuhnya apabila peralatan dikembalikan dalam keadaan baik. Peralatan lewat dipulangkan dikenakan RM20.00 sehari.
"""),
("Peraturan Meletak Sisa Banjir", """
- Sisa hendaklah diletakkan di tepi jalan hadapan rumah dan tidak menghalang laluan.
- Lumpur mesti dimasukkan ke dalam karung.
- Sisa elektrik seperti peti sejuk dan mesin basuh diletakkan berasingan.

Kutipan percuma hanya untuk sisa yang diletakkan dalam tempoh 14 hari selepas air surut.
"""),
("Bantuan Yang Diuruskan Agensi Lain", """
Halaman ini tidak meliputi Bantuan Wang Ihsan bagi mangsa banjir, yang diuruskan oleh Pejabat Daerah Beaufort bersama Agensi Pengurusan Bencana Negara (NADMA), dan bantuan makanan di PPS yang diselaraskan oleh Jabatan Kebajikan Masyarakat.
"""),
("Soalan Yang Selalu Ditanya", """
### Adakah pembersihan di dalam rumah juga dibuat?

Tidak. Pasukan majlis hanya membersihkan kawasan awam dan mengutip sisa di luar rumah.

### Bolehkah peniaga memohon pam air?

Boleh, tertakluk kepada stok yang ada.

### Adakah majlis mengutip kenderaan yang rosak akibat banjir?

Tidak. Pemilik perlu menghubungi syarikat penunda atau insurans.
"""),
("Pusat Gerakan Dan Talian", """
Bilik Gerakan Bencana Majlis beroperasi 24 jam semasa banjir. Telefon: 087-211 099. WhatsApp: 019-870 3321. E-mel: banjir@mdbeaufort.example.invalid.

""" + END),
 ]),

dict(
 id="my/beaufort/permit-iklan-papan-tanda.md", fmt="md",
 title="Permit Iklan dan Papan Tanda Premis di Beaufort",
 region="Beaufort, Sabah", agency="Majlis Daerah Beaufort",
 source="https://mdbeaufort.example.invalid/perkhidmatan/permit-iklan",
 updated="2026-03-16",
 sections=[
("Ringkasan", """
Semua iklan luar, papan tanda premis, kain rentang dan bunting yang dipamerkan dalam kawasan Majlis Daerah Beaufort memerlukan permit iklan. Permit dikeluarkan mengikut saiz, jenis dan lokasi iklan.

Permit memastikan iklan dipasang dengan selamat, tidak menghalang pandangan pemandu dan menggunakan bahasa yang betul. Pemilik premis bertanggungjawab ke atas semua iklan yang dipasang di premisnya.
"""),
("Jenis Iklan Yang Memerlukan Permit", """
- Papan tanda premis yang dipasang pada bangunan
- Papan iklan berdiri sendiri (billboard)
- Kain rentang dan bunting sementara
- Iklan pada kenderaan yang diletakkan di tapak tetap
"""),
("Kadar Fi Permit", """
| Jenis iklan | Fi |
|---|---|
| Papan tanda premis (setahun) | RM15.00 bagi setiap meter persegi |
| Papan iklan berdiri sendiri (setahun) | RM40.00 bagi setiap meter persegi |
| Kain rentang (setiap helai, 14 hari) | RM10.00 |
| Bunting (setiap 10 unit, 14 hari) | RM20.00 |

Papan tanda premis berukuran kurang daripada 1 meter persegi dikecualikan daripada fi tetapi masih perlu didaftarkan.
"""),
("Dokumen Dan Lakaran", """
- Borang Permohonan Permit Iklan (Borang MDB-IK1)
- Lakaran reka bentuk iklan berwarna beserta ukuran
- Gambar lokasi cadangan pemasangan
- Salinan lesen perniagaan yang sah
- Pelan struktur yang disahkan jurutera bagi papan iklan melebihi 6 meter tinggi
"""),
("Langkah Permohonan", """
Permohonan diserahkan di Jabatan Perancang dan Bangunan. Pegawai akan menyemak kandungan iklan, bahasa dan lokasi. Bahasa Melayu mesti digunakan dan tulisannya lebih besar daripada bahasa lain.

Bagi papan iklan berdiri sendiri, pegawai akan membuat lawatan tapak dan merujuk permohonan kepada jawatankuasa teknikal. Pemohon dimaklumkan sekiranya reka bentuk perlu dipinda sebelum kelulusan.
"""),
("Tempoh Keputusan", """
Permit kain rentang dan bunting diputuskan dalam 3 hari bekerja. Papan tanda premis diputuskan dalam 7 hari bekerja, manakala papan iklan berdiri sendiri diputuskan dalam 30 hari bekerja.

Tempoh ini dikira dari tarikh semua dokumen lengkap diterima oleh jabatan.
"""),
("Pembaharuan Dan Tarikh Akhir", """
Permit tahunan tamat pada 31 Disember dan hendaklah diperbaharui sebelum 31 Januari tahun berikutnya. Kain rentang mesti ditanggalkan dalam tempoh 3 hari selepas acara tamat.
"""),
("Iklan Tanpa Permit", """
Iklan tanpa permit akan ditanggalkan oleh majlis dan pemilik dikenakan kompaun sehingga RM500.00 serta kos penanggalan sebanyak RM50.00 bagi setiap iklan.

Iklan yang ditanggalkan disimpan di stor majlis selama 30 hari dan boleh dituntut oleh pemilik selepas kompaun dan kos dijelaskan.
"""),
("Permohonan Melalui Portal", """
Permohonan dan pembaharuan boleh dibuat melalui portal eIklan Beaufort di https://eiklan.mdbeaufort.example.invalid. Kelulusan dalam talian dihantar melalui e-mel dalam bentuk PDF.
"""),
("Di Luar Skop Permit Ini", """
Halaman ini tidak meliputi iklan di sepanjang jalan persekutuan, yang memerlukan kebenaran Jabatan Kerja Raya (JKR) Sabah, dan iklan di radio atau media sosial.
"""),
("Soalan Lazim Pengiklan", """
### Adakah bendera parti politik memerlukan permit?

Semasa tempoh kempen pilihan raya, permit dikeluarkan mengikut garis panduan khas majlis.

### Bolehkah saya menampal poster di tiang lampu?

Tidak. Menampal poster di tiang lampu dan tiang elektrik dilarang sama sekali.

### Perlukah saya memohon semula jika menukar warna papan tanda?

Ya, jika reka bentuk atau saiz berubah.
"""),
("Jabatan Perancang Dan Bangunan", """
Kaunter dibuka Isnin hingga Jumaat, 8.00 pagi hingga 4.30 petang. Telefon: 087-211 071. E-mel: iklan@mdbeaufort.example.invalid.

""" + END),
 ]),
]
