"""Majlis Daerah Tampin: assessment tax, dog licence, market stalls (DOCX), hall rental (HTML)."""

from content_national import END

REGION = "Tampin, Negeri Sembilan"
AGENCY = "Majlis Daerah Tampin"
DOCS = []

DOCS.append(dict(
    path="tampin/cukai-taksiran.md",
    meta=dict(
        title="Cukai Taksiran Pegangan di Daerah Tampin",
        region=REGION, agency=AGENCY,
        source="https://www.mdtampin.example.invalid/hasil/cukai-taksiran",
        updated="2026-01-12",
    ),
    body=f"""
# Cukai Taksiran Pegangan di Daerah Tampin

## Pengenalan
Cukai taksiran, atau cukai pintu, ialah cukai yang dikenakan oleh Majlis Daerah Tampin (MDT) ke atas setiap pegangan seperti rumah, kedai, kilang dan tanah di dalam kawasan pentadbiran majlis, termasuk Tampin, Gemas, Gemencheh dan Air Kuning. Hasil kutipan membiayai kutipan sampah, lampu jalan, penyelenggaraan longkang, taman dan perkhidmatan bandar yang lain.
Cukai ini berbeza daripada cukai tanah, yang dibayar kepada Pejabat Tanah dan Daerah Tampin. Perkhidmatan ini tidak termasuk bayaran cukai tanah.

## Siapa Yang Wajib Membayar
Pemilik berdaftar pegangan bertanggungjawab membayar cukai taksiran. Jika hartanah disewakan, tanggungjawab tetap pada pemilik kecuali perjanjian sewa menyatakan sebaliknya. Pembeli rumah wajib mengemas kini nama pemilik dengan majlis dalam tempoh 3 bulan selepas pindah milik.

## Kadar Cukai Mengikut Kawasan
Cukai dikira sebagai peratusan daripada Nilai Tahunan pegangan, iaitu anggaran sewa setahun yang munasabah bagi pegangan tersebut.
| Kawasan | Kediaman | Perniagaan | Perindustrian |
|---|---|---|---|
| Bandar Tampin | 5.5% | 9.0% | 8.0% |
| Gemas | 5.0% | 8.5% | 7.5% |
| Gemencheh dan Air Kuning | 4.0% | 7.0% | 6.5% |
| Kawasan luar bandar lain | 3.0% | 6.0% | 6.0% |
Contoh: rumah teres di Bandar Tampin dengan Nilai Tahunan RM 6,000 dikenakan cukai RM 330 setahun, dibayar dalam dua penggal sebanyak RM 165 setiap satu. Cukai minimum bagi setiap pegangan ialah RM 60 setahun.

## Tarikh Akhir Bayaran
Cukai dibayar dua kali setahun:
- Penggal Pertama: selewat-lewatnya 15 Mac 2026
- Penggal Kedua: selewat-lewatnya 15 September 2026
Bil dihantar melalui pos dan e-mel pada awal Januari. Tidak menerima bil bukan alasan untuk tidak membayar.

## Cara Membayar
- Dalam talian melalui portal eBayar MDT di https://ebayar.mdtampin.example.invalid dengan FPX, kad debit atau kad kredit, tanpa caj tambahan;
- Aplikasi TampinPay di telefon pintar;
- Kaunter Hasil di Ibu Pejabat MDT atau Pejabat Cawangan Gemas;
- Perbankan internet dengan nombor akaun cukai sebagai rujukan.
Resit rasmi bagi bayaran dalam talian dihantar ke e-mel pembayar dalam tempoh 2 hari bekerja.

## Penalti Lewat Bayar
Jika cukai tidak dibayar selepas tarikh akhir, majlis mengeluarkan Notis Tuntutan dengan caj notis RM 15.00 bagi setiap pegangan. Jika masih tidak dijelaskan dalam tempoh 30 hari selepas notis, majlis boleh mengeluarkan waran tahanan ke atas harta alih di premis tersebut, dan kos waran sebanyak RM 80.00 ditanggung oleh pemilik.

## Rebat dan Pengurangan
- Warga emas berumur 60 tahun ke atas yang mendiami sendiri satu-satunya rumah kediaman miliknya: rebat 15%, dipohon setiap tahun sebelum 31 Januari;
- Pemilik OKU berdaftar: rebat 15%;
- Bayaran penuh setahun yang dibuat sebelum 31 Januari 2026: rebat 5%.
Hanya satu rebat diberikan bagi setiap pegangan.

## Pertukaran Nama Pemilik
Mohon dengan Borang MDT-CT3 (Notis Pindah Milik) berserta salinan geran atau perjanjian jual beli yang telah disetem, salinan MyKad pemilik baharu dan resit cukai terkini. Tiada bayaran dikenakan dan proses mengambil masa 14 hari bekerja.

## Bantahan Nilai Tahunan
Jika pemilik tidak bersetuju dengan Nilai Tahunan baharu semasa penilaian semula, bantahan bertulis mesti dihantar dalam tempoh 21 hari dari tarikh notis penilaian. Bantahan akan didengar dalam sesi pendengaran awam yang tarikhnya dimaklumkan melalui surat.

## Soalan Lazim
**Saya baru membeli rumah dan bil masih atas nama pemilik lama. Siapa perlu membayar tunggakan?**
Tunggakan melekat pada pegangan. Semak baki tertunggak sebelum jual beli dimuktamadkan; peguam lazimnya memohon Sijil Carian Cukai dengan bayaran RM 20.00.
**Bolehkah saya membayar secara ansuran bulanan?**
Boleh, melalui potongan bulanan dalam aplikasi TampinPay, asalkan jumlah setiap penggal dijelaskan sebelum tarikh akhir.
**Saya kehilangan bil cukai.**
Semak dan cetak bil dalam portal eBayar MDT dengan nombor akaun atau nombor MyKad.

## Pejabat dan Hubungi
Bahagian Penilaian dan Pengurusan Harta, Majlis Daerah Tampin
Wisma Majlis, Jalan Besar Lama, 73000 Tampin, Negeri Sembilan
Waktu kaunter: Isnin hingga Khamis, 8.00 pagi hingga 4.30 petang; Jumaat, 8.00 pagi hingga 12.15 tengah hari dan 2.45 petang hingga 4.30 petang
Telefon: 06-441 2350 | E-mel: hasil@mdtampin.example.invalid
{END}
"""))

DOCS.append(dict(
    path="tampin/lesen-anjing.md",
    meta=dict(
        title="Lesen Memelihara Anjing",
        region=REGION, agency=AGENCY,
        source="https://www.mdtampin.example.invalid/pelesenan/lesen-anjing",
        updated="2026-03-02",
    ),
    body=f"""
# Lesen Memelihara Anjing

## Tentang Lesen Ini
Setiap anjing berumur 3 bulan ke atas yang dipelihara di dalam kawasan pentadbiran Majlis Daerah Tampin mesti dilesenkan di bawah Undang-Undang Kecil Pelesenan Anjing majlis. Lesen membantu majlis mengawal penyakit rabies, anjing terbiar dan gangguan kepada jiran.

## Siapa Boleh Memohon
- Pemilik berumur 18 tahun ke atas;
- Tinggal di dalam kawasan MDT, termasuk Tampin, Gemas, Gemencheh, Air Kuning dan kawasan sekitarnya;
- Mendapat persetujuan bertulis tuan rumah jika menyewa;
- Bagi rumah teres dan rumah berkembar, mendapat persetujuan jiran bersebelahan melalui Borang Persetujuan Jiran.

## Had Bilangan Anjing
- Rumah teres dan rumah kos rendah: 1 ekor
- Rumah berkembar dan banglo: 2 ekor
- Rumah kampung dan ladang dengan lot melebihi 0.4 hektar: 4 ekor
Pemilik yang ingin memelihara lebih daripada had ini perlu memohon Lesen Kandang Anjing secara berasingan. Perkhidmatan ini tidak termasuk lesen kandang pembiakan komersial dan lesen kedai haiwan peliharaan.

## Dokumen yang Diperlukan
- Borang Permohonan Lesen Anjing (Borang LA-1);
- Salinan MyKad pemohon;
- Sijil vaksinasi rabies yang sah daripada doktor haiwan berdaftar, bertarikh tidak lebih 12 bulan;
- Sekeping gambar berwarna anjing (pandangan sisi);
- Nombor cip mikro, jika ada;
- Borang Persetujuan Jiran, jika berkaitan.

## Fi Lesen
- Anjing yang telah dimandulkan: RM 10.00 setahun
- Anjing yang belum dimandulkan: RM 30.00 setahun
- Penggantian tag lesen yang hilang: RM 5.00
Pemilik warga emas berumur 60 tahun ke atas mendapat potongan 50% bagi seekor anjing.

## Cara Memohon dan Tempoh Proses
Permohonan boleh dibuat di kaunter Jabatan Kesihatan Persekitaran MDT atau melalui portal eLesen MDT. Pegawai mungkin melawat premis untuk memeriksa kandang dan pagar. Lesen dan tag logam dikeluarkan dalam tempoh 5 hari bekerja selepas permohonan lengkap diterima. Tag mesti dipakai pada kolar anjing pada setiap masa.

## Pembaharuan Setiap Tahun
Lesen sah sehingga 31 Disember setiap tahun tanpa mengira tarikh ia dikeluarkan. Pembaharuan dibuka mulai 1 November dan mesti dibuat selewat-lewatnya 31 Januari tahun berikutnya. Sijil vaksin rabies terkini perlu dikemukakan semula semasa pembaharuan.

## Kesalahan dan Penalti
- Memelihara anjing tanpa lesen: kompaun RM 250.00;
- Membiarkan anjing berkeliaran di tempat awam tanpa tali: kompaun RM 150.00;
- Anjing yang ditangkap oleh majlis boleh dituntut dalam tempoh 7 hari dengan bayaran tuntutan RM 50.00 dan caj penjagaan RM 10.00 sehari. Anjing yang tidak dituntut diserahkan kepada pusat perlindungan haiwan.

## Baka Yang Tidak Dilesenkan
Baka berikut dan kacukannya tidak akan dilesenkan di daerah Tampin: Pit Bull Terrier, American Staffordshire Terrier, Tosa, Akita, Dogo Argentino dan Fila Brasileiro.

## Soalan Lazim
**Anjing saya sudah mati. Perlukah saya memaklumkan majlis?**
Ya. Pulangkan tag lesen ke kaunter dalam tempoh 14 hari supaya rekod dibatalkan.
**Saya berpindah dari Seremban dan sudah ada lesen di sana. Bolehkah lesen itu digunakan?**
Tidak. Lesen pihak berkuasa tempatan lain tidak sah di Tampin. Mohon lesen baharu; fi tahun pertama dikecualikan jika lesen lama masih sah.
**Anjing jiran menyalak setiap malam. Bagaimana membuat aduan?**
Hubungi talian aduan anjing di bawah atau buat aduan melalui portal eLesen MDT. Pegawai akan mengeluarkan notis amaran kepada pemilik.

## Hubungi
Jabatan Kesihatan Persekitaran dan Pelesenan, Majlis Daerah Tampin
Wisma Majlis, Jalan Besar Lama, 73000 Tampin, Negeri Sembilan
Kaunter: Isnin hingga Jumaat, 8.00 pagi hingga 4.00 petang
Telefon: 06-441 2377 | Talian aduan anjing: 06-441 2399 | E-mel: lesen.anjing@mdtampin.example.invalid
{END}
"""))

DOCS.append(dict(
    path="tampin/sewa-gerai-pasar.docx",
    meta=dict(
        title="Permohonan Sewa Gerai Pasar Awam",
        region=REGION, agency=AGENCY,
        source="https://www.mdtampin.example.invalid/pelesenan/gerai-pasar",
        updated="2026-02-18",
    ),
    body=f"""
# Permohonan Sewa Gerai Pasar Awam

## Pengenalan
Majlis Daerah Tampin menyewakan gerai di Pasar Besar Tampin, Pasar Awam Gemas dan Medan Selera Gemencheh kepada peniaga tempatan. Penyewaan dibuat melalui perjanjian sewa tahunan yang boleh diperbaharui. Perkhidmatan ini tidak termasuk lesen penjaja bergerak, tapak pasar malam dan bazar Ramadan, yang dipohon secara berasingan.

## Kelayakan Pemohon
- Warganegara Malaysia berumur 18 tahun ke atas;
- Bermastautin di daerah Tampin sekurang-kurangnya 2 tahun;
- Tidak menyewa gerai lain milik majlis;
- Tiada tunggakan cukai taksiran atau sewa dengan majlis.
Keutamaan diberikan kepada peniaga asnaf, OKU dan belia berumur bawah 35 tahun.

## Dokumen yang Diperlukan
- Borang Permohonan Sewa Gerai (Borang PG-2) yang lengkap diisi;
- Salinan MyKad dan dua keping gambar berukuran pasport;
- Sijil suntikan anti-tifoid dan sijil Kursus Pengendalian Makanan bagi gerai makanan dan gerai basah;
- Salinan bil utiliti atau surat pengesahan Ketua Kampung sebagai bukti alamat.

## Kadar Sewa Bulanan
| Lokasi | Jenis gerai | Sewa sebulan | Deposit |
|---|---|---|---|
| Pasar Besar Tampin | Gerai basah (ikan, ayam, daging) | RM 135.00 | RM 405.00 |
| Pasar Besar Tampin | Gerai sayur dan buah | RM 90.00 | RM 270.00 |
| Pasar Besar Tampin | Gerai barangan kering | RM 100.00 | RM 300.00 |
| Pasar Awam Gemas | Gerai basah dan sayur | RM 75.00 | RM 225.00 |
| Medan Selera Gemencheh | Gerai makanan | RM 160.00 | RM 480.00 |
Deposit bersamaan tiga bulan sewa dan dikembalikan apabila perjanjian ditamatkan tanpa tunggakan. Bil elektrik dan air gerai dibayar sendiri oleh penyewa.

## Cara Memohon
- Dapatkan Borang PG-2 di kaunter Jabatan Pelesenan atau muat turun dari portal eLesen MDT.
- Hantar borang lengkap berserta dokumen ke kaunter, atau muat naik di portal.
- Pemohon yang tersenarai pendek akan dipanggil untuk temu duga.
- Pemohon yang berjaya menandatangani perjanjian serta membayar deposit dan sewa bulan pertama dalam tempoh 14 hari dari tarikh surat tawaran.

## Tempoh Pertimbangan
Permohonan dibawa ke Mesyuarat Jawatankuasa Pelesenan yang bersidang pada minggu ketiga setiap bulan. Keputusan dimaklumkan secara bertulis dalam tempoh 30 hari selepas mesyuarat. Jika tiada gerai kosong, nama pemohon dimasukkan ke dalam senarai menunggu selama satu tahun.

## Waktu Operasi Pasar
- Pasar Besar Tampin: setiap hari, 6.00 pagi hingga 1.00 petang
- Pasar Awam Gemas: Selasa hingga Ahad, 6.30 pagi hingga 12.30 tengah hari; tutup setiap Isnin untuk kerja cucian
- Medan Selera Gemencheh: setiap hari, 7.00 pagi hingga 10.00 malam

## Syarat Penyewaan
- Gerai mesti dibuka sekurang-kurangnya 20 hari sebulan;
- Gerai tidak boleh disewakan semula atau dipindah milik kepada orang lain;
- Pekerja asing hanya dibenarkan sebagai pembantu dengan permit kerja yang sah;
- Penyewa dilarang mengubah struktur gerai tanpa kebenaran bertulis majlis.

## Sewa Tertunggak
Sewa perlu dibayar sebelum 7 haribulan setiap bulan. Bayaran lewat dikenakan caj 5% daripada sewa bulanan. Tunggakan melebihi 3 bulan boleh menyebabkan perjanjian ditamatkan dan gerai ditutup oleh majlis, dan deposit akan digunakan untuk menjelaskan tunggakan.

## Soalan Lazim
**Saya mahu berhenti berniaga. Bagaimana dengan deposit saya?**
Beri notis bertulis sekurang-kurangnya 1 bulan. Deposit dikembalikan dalam tempoh 60 hari selepas gerai diserahkan semula dalam keadaan baik.
**Bolehkah saya berpindah ke gerai di lokasi lain?**
Boleh, jika ada kekosongan. Hantar surat permohonan kepada Jabatan Pelesenan; caj pindah ialah RM 50.00.
**Bolehkah anak saya menyambung sewa gerai jika saya meninggal dunia?**
Waris terdekat boleh memohon untuk mengambil alih gerai dalam tempoh 3 bulan, tertakluk kepada kelulusan jawatankuasa.

## Hubungi
Jabatan Pelesenan dan Penguatkuasaan, Majlis Daerah Tampin
Wisma Majlis, Jalan Besar Lama, 73000 Tampin, Negeri Sembilan
Isnin hingga Jumaat, 8.00 pagi hingga 4.30 petang
Telefon: 06-441 2361 | E-mel: pasar@mdtampin.example.invalid
{END}
"""))

DOCS.append(dict(
    path="tampin/tempahan-dewan.html",
    meta=dict(
        title="Tempahan Dewan dan Gelanggang Sukan",
        region=REGION, agency=AGENCY,
        source="https://www.mdtampin.example.invalid/kemudahan/tempahan-dewan",
        updated="2026-03-10",
    ),
    site=dict(
        name="Portal Rasmi Majlis Daerah Tampin",
        nav=["Laman Utama", "Profil Majlis", "Perkhidmatan Dalam Talian", "Pengumuman & Tender",
             "Galeri Media", "Hubungi Kami"],
        footer=["Hak Cipta Terpelihara © 2026 Majlis Daerah Tampin",
                "Dasar Privasi", "Penafian", "Peta Laman",
                "Paparan terbaik menggunakan pelayar terkini",
                "Jumlah pelawat hari ini: 1,284"],
    ),
    body=f"""
# Tempahan Dewan dan Gelanggang Sukan

## Kemudahan Yang Boleh Ditempah
- Dewan Serbaguna Tampin (kapasiti 600 orang) untuk majlis perkahwinan, seminar dan pameran;
- Dewan Orang Ramai Gemas (kapasiti 300 orang);
- Dewan Komuniti Gemencheh (kapasiti 150 orang);
- Gelanggang Futsal Berbumbung Air Kuning;
- Gelanggang Badminton Kompleks Sukan Tampin (4 gelanggang).

## Siapa Boleh Menempah
Individu berumur 21 tahun ke atas, persatuan berdaftar, sekolah, syarikat dan agensi kerajaan boleh menempah. Penduduk daerah Tampin menikmati kadar penduduk dengan menunjukkan MyKad yang beralamat di daerah ini.

## Kadar Sewa
| Kemudahan | Kadar penduduk | Kadar bukan penduduk | Deposit |
|---|---|---|---|
| Dewan Serbaguna Tampin (sehari) | RM 650.00 | RM 900.00 | RM 500.00 |
| Dewan Orang Ramai Gemas (sehari) | RM 350.00 | RM 500.00 | RM 300.00 |
| Dewan Komuniti Gemencheh (sehari) | RM 180.00 | RM 250.00 | RM 150.00 |
| Gelanggang futsal (sejam) | RM 45.00 | RM 60.00 | Tiada |
| Gelanggang badminton (sejam) | RM 12.00 | RM 15.00 | Tiada |
Kadar dewan termasuk kerusi, meja dan sistem PA asas. Penyaman udara di Dewan Serbaguna Tampin dikenakan caj tambahan RM 80.00 sejam. Selepas jam 7.00 malam, caj lampu gelanggang futsal ialah RM 10.00 sejam di atas kadar biasa.

## Cara Membuat Tempahan
- Semak kekosongan tarikh dalam portal TempahMDT di https://tempah.mdtampin.example.invalid.
- Isi borang tempahan dalam talian dan muat naik salinan MyKad atau surat persatuan.
- Bayar deposit dalam tempoh 3 hari bekerja untuk mengesahkan tempahan. Tempahan yang tidak dibayar dibatalkan secara automatik.
- Jelaskan baki sewa sekurang-kurangnya 7 hari sebelum tarikh acara.
Tempahan juga boleh dibuat di Kaunter Tempahan, Kompleks Sukan Tampin.

## Tempoh Tempahan
Dewan boleh ditempah paling awal 12 bulan dan paling lewat 14 hari sebelum tarikh acara. Gelanggang boleh ditempah sehingga 30 hari lebih awal, maksimum 2 jam bagi setiap tempahan.

## Pembatalan dan Bayaran Balik
- Pembatalan lebih 30 hari sebelum acara: sewa dikembalikan sepenuhnya;
- Pembatalan 8 hingga 30 hari sebelum acara: 50% sewa dikembalikan;
- Pembatalan 7 hari atau kurang sebelum acara: tiada bayaran balik sewa.
Deposit dikembalikan dalam tempoh 14 hari bekerja selepas pemeriksaan dewan, setelah ditolak kos kerosakan atau pembersihan tambahan jika ada.

## Peraturan Penggunaan
- Acara mesti tamat selewat-lewatnya 11.00 malam;
- Merokok, minuman keras dan perjudian dilarang sama sekali;
- Penyewa bertanggungjawab membersihkan dewan dan membuang sampah ke dalam tong yang disediakan;
- Hiasan tidak boleh dipaku atau dilekat pada dinding.

## Kes Khas
Sekolah kerajaan dan persatuan kebajikan berdaftar boleh memohon pengecualian 50% sewa dengan surat kepada Yang Dipertua MDT sekurang-kurangnya 30 hari sebelum acara. Perkhidmatan ini tidak termasuk tempahan padang bola dan stadium, yang diurus oleh Pejabat Belia dan Sukan Daerah.

## Waktu Kaunter Tempahan
Kaunter Tempahan, Kompleks Sukan Tampin, Jalan Padang Kota, 73000 Tampin, Negeri Sembilan
- Isnin hingga Jumaat: 8.00 pagi hingga 5.00 petang
- Sabtu: 9.00 pagi hingga 1.00 tengah hari

## Soalan Lazim
**Bolehkah saya menempah dewan untuk kenduri kahwin selama dua hari?**
Boleh. Hari kedua dikenakan 70% daripada kadar sehari.
**Adakah dewan mempunyai dapur?**
Dewan Serbaguna Tampin dan Dewan Orang Ramai Gemas mempunyai ruang penyediaan makanan, tetapi memasak dengan dapur gas di dalam dewan tidak dibenarkan.
**Hujan lebat. Adakah tempahan futsal saya dibatalkan?**
Gelanggang futsal berbumbung, jadi tempahan tidak dibatalkan kerana hujan. Jika bekalan elektrik terputus, tempahan diganti pada tarikh lain.

## Untuk Pertanyaan
Unit Kemudahan Awam, Majlis Daerah Tampin
Telefon: 06-441 2488 | WhatsApp: 011-2345 6780 | E-mel: tempahan@mdtampin.example.invalid
{END}
"""))
