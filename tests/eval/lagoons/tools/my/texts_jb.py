"""Texts of the Jempol and Besut pages (data only); mini-markup as in texts_kl."""

from texts_kl import END

JP = dict(lang="ms", country="MY", region="Jempol, Negeri Sembilan",
          agency="Majlis Daerah Jempol (MDJ)")
BS = dict(lang="ms", country="MY", region="Besut, Terengganu",
          agency="Majlis Daerah Besut (MDB)")

DOCS = []

DOCS.append(dict(
    id="my/jempol/lesen-perniagaan.docx", fmt="docx", **JP,
    title="Lesen Premis Perniagaan Majlis Daerah Jempol",
    source="https://mdjempol.example.invalid/lesen/premis-perniagaan",
    updated="2026-01-28",
    sections=[
        ("Skop Lesen Premis", """
Lesen premis perniagaan dikeluarkan oleh Majlis Daerah Jempol kepada setiap premis yang menjalankan perniagaan, perdagangan atau perusahaan di dalam kawasan majlis, termasuk Bahau, Bandar Seri Jempol, Rompin, Batu Kikir dan Serting."""),
        ("Pemohon Yang Layak", """
Lesen boleh dipohon oleh pemilik perniagaan yang telah mendaftar dengan Suruhanjaya Syarikat Malaysia atau pertubuhan yang berdaftar. Premis yang digunakan mestilah premis yang diluluskan untuk kegunaan perniagaan dan tidak mempunyai tunggakan cukai taksiran."""),
        ("Senarai Dokumen Sokongan", """
- Borang Permohonan Lesen Premis MDJ-L1 yang lengkap diisi.
- Salinan sijil pendaftaran perniagaan SSM.
- Salinan perjanjian sewa atau geran premis.
- Pelan lakar lokasi premis dan gambar bahagian hadapan premis.
- Sijil suntikan anti-tifoid bagi premis makanan."""),
        ("Cara Permohonan Dibuat", """
Permohonan boleh dihantar melalui portal eLesen Jempol atau diserahkan di Kaunter Setempat, Ibu Pejabat MDJ, Bandar Seri Jempol. Pegawai pelesenan akan menjalankan pemeriksaan premis sebelum keputusan dibuat."""),
        ("Kadar Fi Lesen Tahunan", """
| Keluasan premis | Fi setahun |
| Sehingga 50 meter persegi | RM 80 |
| 51 hingga 150 meter persegi | RM 150 |
| 151 hingga 500 meter persegi | RM 300 |
| Melebihi 500 meter persegi | RM 600 |
Fi tambahan RM 25 dikenakan bagi setiap papan tanda yang dipasang pada premis."""),
        ("Tempoh Memproses Permohonan", """
Permohonan lesen baharu yang lengkap diputuskan dalam tempoh 14 hari bekerja selepas pemeriksaan premis. Lesen sementara selama tiga bulan boleh dikeluarkan dalam tempoh 2 hari bekerja sementara menunggu kelulusan penuh."""),
        ("Memperbaharui Lesen", """
Semua lesen premis tamat pada 31 Disember setiap tahun. Pembaharuan boleh dibuat mulai 1 November. Lesen yang diperbaharui selepas tarikh tamat dikenakan denda lewat RM 20 bagi setiap bulan kelewatan."""),
        ("Berniaga Tanpa Lesen Yang Sah", """
Menjalankan perniagaan tanpa lesen adalah satu kesalahan. Pemilik boleh dikenakan kompaun sehingga RM 500, dan premis yang terus beroperasi tanpa lesen boleh diarahkan ditutup serta barangan disita."""),
        ("Lesen Yang Tidak Dikeluarkan Melalui Permohonan Ini", """
Halaman ini tidak meliputi lesen hiburan, lesen penjaja dan permit iklan besar. Lesen hiburan seperti karaoke dan pusat snuker diproses oleh jawatankuasa berasingan dan tidak diterangkan di sini."""),
        ("Soalan Lazim", """
### Adakah saya perlu lesen jika berniaga dari rumah?
Perniagaan dalam talian tanpa pelanggan datang ke rumah tidak memerlukan lesen premis.
### Bolehkah lesen dipindahkan kepada pemilik baharu?
Tidak. Pemilik baharu mesti memohon lesen baharu.
### Lesen saya hilang, bagaimana?
Salinan pendua boleh dipohon di kaunter dengan bayaran RM 10."""),
        ("Kaunter dan Talian Pertanyaan", """
Unit Pelesenan, Majlis Daerah Jempol, Jalan Pusat Bandar, 72120 Bandar Seri Jempol, Negeri Sembilan.
Telefon: 06-458 1207. E-mel: lesen@mdjempol.example.invalid
Waktu kaunter: Isnin hingga Jumaat, 8.00 pagi hingga 4.30 petang.
""" + END),
    ]))

DOCS.append(dict(
    id="my/jempol/tebang-pokok.md", fmt="md", **JP,
    title="Permohonan Tebang dan Cantas Pokok serta Aduan Pokok Tumbang di Jempol",
    source="https://mdjempol.example.invalid/perkhidmatan/pokok",
    updated="2026-02-11",
    sections=[
        ("Perkhidmatan Yang Disediakan", """
Jabatan Landskap Majlis Daerah Jempol menjalankan kerja mencantas dan menebang pokok yang membahayakan orang ramai, kenderaan dan bangunan, serta menerima aduan pokok tumbang di Bahau, Bandar Seri Jempol, Rompin, Batu Kikir dan kawasan sekitarnya."""),
        ("Pokok Di Tanah Awam dan Tanah Persendirian", """
Pokok di tepi jalan, taman awam dan rizab majlis diselenggara oleh majlis tanpa bayaran. Pokok di dalam kawasan rumah atau tanah persendirian adalah tanggungjawab pemilik tanah, namun pemilik boleh memohon perkhidmatan majlis dengan bayaran."""),
        ("Syarat Permohonan", """
Pemohon mestilah pemilik atau penghuni sah premis. Pokok yang berukur lilit melebihi 0.8 meter tidak boleh ditebang tanpa kebenaran bertulis majlis, walaupun pokok itu berada di tanah persendirian."""),
        ("Langkah-Langkah Memohon", """
- Isi Borang Permohonan Tebang Pokok MDJ-TP4.
- Sertakan gambar pokok dan salinan cukai taksiran premis.
- Hantar borang melalui portal eAduan Jempol atau di Kaunter Setempat MDJ.
- Pegawai landskap akan membuat pemeriksaan tapak dan memaklumkan caj."""),
        ("Caj Perkhidmatan Bagi Tanah Persendirian", """
| Jenis kerja | Caj |
| Mencantas dahan | RM 80 sebatang pokok |
| Menebang pokok kecil | RM 150 sebatang pokok |
| Menebang pokok besar | RM 400 sebatang pokok |
| Mengangkut sisa pokok | RM 50 satu trip lori |"""),
        ("Tempoh Pemeriksaan dan Pelaksanaan Kerja", """
Pemeriksaan tapak dijalankan dalam tempoh 5 hari bekerja selepas permohonan diterima. Kerja mencantas atau menebang dilaksanakan dalam tempoh 21 hari bekerja selepas caj dijelaskan, bergantung kepada cuaca."""),
        ("Pokok Tumbang dan Keadaan Kecemasan", """
Pokok tumbang yang menghalang jalan atau menimpa rumah hendaklah dilaporkan segera melalui talian kecemasan 24 jam majlis di 06-458 9911. Pasukan tindakan segera akan tiba dalam masa 2 jam bagi kes yang menghalang jalan utama."""),
        ("Penalti Menebang Tanpa Kebenaran", """
Menebang pokok berukur lilit melebihi 0.8 meter tanpa kebenaran boleh dikenakan kompaun sehingga RM 2,000 bagi setiap batang pokok."""),
        ("Perkara Di Luar Skop Halaman Ini", """
Halaman ini tidak meliputi kutipan sampah rumah dan sisa pukal seperti perabot lama. Di Negeri Sembilan, kutipan sampah dan sisa pukal diuruskan oleh SWCorp dan syarikat konsesinya, bukan oleh Jabatan Landskap."""),
        ("Soalan Lazim", """
### Dahan pokok jiran masuk ke kawasan rumah saya, bolehkah saya mencantasnya?
Boleh bagi dahan yang masuk ke kawasan anda, tetapi tidak boleh menebang pokok itu.
### Siapa yang membayar kerosakan akibat pokok tumbang di tepi jalan?
Tuntutan boleh dikemukakan secara bertulis kepada majlis untuk disiasat.
### Bolehkah saya menyimpan kayu pokok yang ditebang?
Boleh, jika dimaklumkan semasa permohonan."""),
        ("Hubungi Jabatan Landskap", """
Jabatan Landskap, Majlis Daerah Jempol, Jalan Pusat Bandar, 72120 Bandar Seri Jempol, Negeri Sembilan.
Telefon pejabat: 06-458 1340. E-mel: landskap@mdjempol.example.invalid
Waktu pejabat: Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang.
""" + END),
    ]))

DOCS.append(dict(
    id="my/jempol/lesen-anjing.md", fmt="md", **JP,
    title="Lesen Memelihara Anjing di Kawasan Majlis Daerah Jempol",
    source="https://mdjempol.example.invalid/perkhidmatan/lesen-anjing",
    updated="2026-03-02",
    sections=[
        ("Kewajipan Melesenkan Anjing", """
Setiap anjing berumur empat bulan ke atas yang dipelihara di dalam kawasan Majlis Daerah Jempol wajib dilesenkan. Lesen membantu majlis mengawal penyakit anjing gila dan mengenal pasti pemilik anjing yang berkeliaran."""),
        ("Had Bilangan Anjing Sepremis", """
- Rumah teres dan rumah berkembar: maksimum 2 ekor anjing.
- Rumah sesebuah di kawasan taman: maksimum 3 ekor anjing.
- Kawasan kampung, ladang dan kebun: maksimum 4 ekor anjing.
Anjing baka yang dikategorikan berbahaya tidak dibenarkan dipelihara di kawasan perumahan."""),
        ("Syarat Sebelum Memohon", """
Anjing mesti telah menerima vaksin anti-rabies dalam tempoh 12 bulan terakhir dan dipasang mikrocip oleh doktor veterinar berdaftar. Pemilik mestilah berumur 18 tahun ke atas dan mendapat persetujuan bertulis jiran bersebelahan bagi rumah teres."""),
        ("Prosedur Permohonan", """
Pemohon mengisi Borang Lesen Anjing MDJ-A2 melalui portal eLesen Jempol atau di Kaunter Setempat MDJ, dengan menyertakan sijil vaksin, nombor mikrocip dan gambar anjing. Tag lesen logam akan diberikan dan mesti dipakai pada kolar anjing."""),
        ("Fi Lesen Anjing", """
| Jenis anjing | Fi setahun |
| Anjing jantan | RM 30 |
| Anjing betina | RM 40 |
| Anjing yang telah dimandulkan | RM 10 |
| Tag lesen gantian | RM 5 |"""),
        ("Tempoh Sah dan Pembaharuan", """
Lesen sah sehingga 31 Disember tahun yang dikeluarkan. Lesen perlu diperbaharui selewat-lewatnya pada 31 Januari tahun berikutnya. Permohonan lesen baharu diproses dalam tempoh 3 hari bekerja."""),
        ("Penangkapan Anjing Berkeliaran", """
Anjing yang berkeliaran di tempat awam akan ditangkap dan ditempatkan di Pusat Kurungan Haiwan MDJ di Bahau. Pemilik boleh menuntut anjing dalam tempoh 7 hari dengan bayaran tebus RM 100 dan bukti lesen. Anjing yang tidak dituntut selepas tempoh itu akan diserahkan kepada badan kebajikan haiwan."""),
        ("Penalti", """
Memelihara anjing tanpa lesen boleh dikenakan kompaun RM 250 bagi setiap ekor anjing. Pemilik yang anjingnya menggigit orang ramai boleh didakwa di mahkamah."""),
        ("Yang Tidak Diuruskan Oleh Majlis", """
Halaman ini tidak meliputi rawatan haiwan, vaksinasi dan aduan penganiayaan haiwan. Perkara tersebut diuruskan oleh Jabatan Perkhidmatan Veterinar Negeri Sembilan."""),
        ("Soalan Lazim", """
### Adakah kucing perlu dilesenkan?
Tidak. Lesen hanya diwajibkan bagi anjing.
### Saya berpindah rumah dalam Jempol, perlukah lesen baharu?
Tidak, tetapi alamat baharu perlu dimaklumkan dalam tempoh 14 hari.
### Bolehkah saya membawa anjing ke taman awam?
Boleh, dengan tali pengikat dan kolar bertag lesen."""),
        ("Maklumat Perhubungan", """
Unit Kesihatan Awam, Majlis Daerah Jempol, Jalan Pusat Bandar, 72120 Bandar Seri Jempol, Negeri Sembilan.
Telefon: 06-458 1455. E-mel: kesihatan@mdjempol.example.invalid
Waktu kaunter: Isnin hingga Jumaat, 8.00 pagi hingga 4.30 petang.
""" + END),
    ]))

DOCS.append(dict(
    id="my/besut/sewa-gerai.html", fmt="html", **BS,
    title="Sewaan Gerai dan Petak Niaga Majlis Daerah Besut",
    source="https://mdbesut.example.invalid/harta/sewa-gerai",
    updated="2026-01-20",
    portal="Portal Rasmi MDB - Besut Maju, Rakyat Sejahtera",
    sections=[
        ("Lokasi Gerai Majlis", """
Majlis Daerah Besut menyewakan gerai dan petak niaga milik majlis di Medan Selera Kuala Besut, Pasar Besar Jerteh, Gerai Makan Kampung Raja dan Arked Niaga Pasir Akar. Senarai gerai kosong dipaparkan di papan kenyataan majlis dan portal eGerai MDB."""),
        ("Kelayakan Penyewa", """
Pemohon mestilah warganegara Malaysia berumur 18 tahun ke atas dan anak kelahiran atau bermastautin di daerah Besut sekurang-kurangnya dua tahun. Pemohon tidak boleh memiliki gerai lain milik majlis dan tidak mempunyai tunggakan dengan majlis."""),
        ("Dokumen Diperlukan", """
- Borang Permohonan Sewa Gerai MDB-G1.
- Salinan kad pengenalan dan dua keping gambar.
- Sijil suntikan anti-tifoid bagi gerai makanan.
- Surat pengesahan alamat daripada ketua kampung atau penghulu mukim."""),
        ("Kadar Sewa Bulanan", """
| Lokasi | Sewa sebulan |
| Medan Selera Kuala Besut | RM 180 |
| Pasar Besar Jerteh | RM 150 |
| Gerai Makan Kampung Raja | RM 120 |
| Arked Niaga Pasir Akar | RM 90 |
Sewa bulanan hendaklah dijelaskan sebelum atau pada hari ke-7 setiap bulan."""),
        ("Deposit dan Perjanjian Sewaan", """
Penyewa yang berjaya perlu membayar deposit bersamaan dua bulan sewa dan menandatangani perjanjian sewaan bagi tempoh 2 tahun. Perjanjian boleh diperbaharui jika penyewa mematuhi syarat dan tiada tunggakan."""),
        ("Memohon Melalui eGerai MDB", """
Permohonan boleh dibuat dalam talian melalui portal eGerai MDB atau dengan menyerahkan borang di Kaunter Unit Harta, Ibu Pejabat MDB, Kampung Raja. Permohonan hanya dibuka apabila terdapat gerai kosong."""),
        ("Temu Duga dan Keputusan", """
Pemohon yang disenarai pendek akan dipanggil untuk temu duga. Keputusan dimaklumkan secara bertulis dalam tempoh 30 hari selepas tarikh tutup permohonan. Penyewa mesti memulakan perniagaan dalam tempoh 1 bulan selepas menerima kunci."""),
        ("Tunggakan Sewa dan Penamatan", """
Sewa yang lewat dibayar dikenakan caj lewat 5% sebulan daripada sewa tertunggak. Penyewa yang mempunyai tunggakan 3 bulan akan menerima notis penamatan dan gerai boleh diambil semula oleh majlis."""),
        ("Urusan Yang Tidak Termasuk", """
Halaman ini tidak meliputi lesen premis perniagaan bagi kedai milik persendirian dan permit penjaja di tepi jalan. Permohonan tersebut dibuat secara berasingan dan tidak diterangkan di sini."""),
        ("Soalan Lazim", """
### Bolehkah gerai disewakan semula kepada orang lain?
Tidak. Penyewaan semula (sublet) akan menyebabkan perjanjian ditamatkan serta-merta.
### Adakah bil elektrik termasuk dalam sewa?
Tidak. Bil elektrik dan air dibayar sendiri oleh penyewa.
### Berapa lamakah gerai boleh ditutup untuk bercuti?
Maksimum 14 hari berturut-turut dengan makluman bertulis kepada majlis."""),
        ("Hubungi Unit Harta", """
Unit Harta dan Penilaian, Majlis Daerah Besut, Jalan Pejabat, 22200 Kampung Raja, Besut, Terengganu.
Telefon: 09-695 6620. E-mel: harta@mdbesut.example.invalid
Waktu pejabat: Ahad hingga Khamis, 8.00 pagi hingga 4.00 petang.
""" + END),
    ]))

DOCS.append(dict(
    id="my/besut/permit-iklan.md", fmt="md", **BS,
    title="Permit Iklan, Papan Tanda dan Kain Rentang di Daerah Besut",
    source="https://mdbesut.example.invalid/perkhidmatan/permit-iklan",
    updated="2026-02-16",
    sections=[
        ("Iklan Yang Memerlukan Permit", """
Sebarang iklan yang boleh dilihat dari jalan awam di dalam kawasan Majlis Daerah Besut memerlukan permit, termasuk papan tanda premis, kain rentang, bunting, papan iklan tiang dan iklan pada dinding bangunan di Jerteh, Kampung Raja, Kuala Besut dan kawasan sekitarnya."""),
        ("Syarat Pemasangan Iklan", """
Iklan mesti menggunakan Bahasa Melayu sebagai bahasa utama dengan saiz tulisan yang lebih besar daripada bahasa lain. Iklan tidak boleh menghalang papan tanda lalu lintas, lampu isyarat atau pandangan pemandu di simpang jalan."""),
        ("Dokumen Yang Perlu Dikemukakan", """
- Borang Permohonan Permit Iklan MDB-I3.
- Lakaran atau reka bentuk iklan berwarna beserta ukuran.
- Gambar lokasi cadangan pemasangan.
- Salinan lesen premis bagi papan tanda premis."""),
        ("Kadar Bayaran Permit", """
| Jenis iklan | Bayaran |
| Papan tanda premis | RM 20 semeter persegi setahun |
| Papan iklan tiang | RM 35 semeter persegi setahun |
| Kain rentang | RM 10 sekeping bagi 14 hari |
| Bunting | RM 2 sekeping bagi 14 hari |
Iklan program agama dan kebajikan yang dianjurkan oleh badan berdaftar dikecualikan daripada bayaran tetapi masih memerlukan permit."""),
        ("Tempoh Kelulusan Permit", """
Permohonan papan tanda premis dan papan iklan tiang diputuskan dalam tempoh 14 hari bekerja. Permohonan kain rentang dan bunting diluluskan dalam tempoh 3 hari bekerja."""),
        ("Iklan Sementara Sempena Program", """
Kain rentang dan bunting hanya boleh dipasang paling awal 14 hari sebelum program dan mesti ditanggalkan dalam tempoh 3 hari selepas program tamat. Setiap kain rentang mesti dilekatkan pelekat kelulusan majlis."""),
        ("Tindakan Penguatkuasaan", """
Iklan tanpa permit akan ditanggalkan oleh majlis tanpa notis. Pemilik iklan dikenakan kos menanggalkan RM 50 bagi setiap keping dan kompaun sehingga RM 500. Iklan yang disita boleh dituntut dalam tempoh 7 hari."""),
        ("Permohonan Secara Dalam Talian", """
Permohonan dan pembayaran boleh dibuat melalui portal eIklan MDB. Permit dan pelekat kelulusan boleh diambil di kaunter atau dihantar melalui pos dengan caj RM 5."""),
        ("Di Luar Urusan Majlis", """
Halaman ini tidak meliputi iklan di sepanjang jalan persekutuan dan lebuh raya. Iklan di kawasan tersebut memerlukan kebenaran Jabatan Kerja Raya (JKR) dan tidak diproses oleh majlis."""),
        ("Soalan Lazim", """
### Perlukah permit untuk pelekat iklan pada kenderaan?
Tidak, iklan pada kenderaan tidak dikawal oleh majlis.
### Bolehkah saya memasang iklan di tiang lampu jalan?
Hanya kain rentang dan bunting yang mempunyai pelekat kelulusan.
### Papan tanda lama saya rosak, perlukah permit baharu?
Permit baharu diperlukan jika ukuran atau reka bentuk berubah."""),
        ("Maklumat Hubungan", """
Jabatan Perancangan, Majlis Daerah Besut, Jalan Pejabat, 22200 Kampung Raja, Besut, Terengganu.
Telefon: 09-695 6631. E-mel: iklan@mdbesut.example.invalid
Waktu kaunter: Ahad hingga Khamis, 8.00 pagi hingga 4.00 petang.
""" + END),
    ]))

DOCS.append(dict(
    id="my/besut/permit-ubah-suai.md", fmt="md", **BS,
    title="Permit Ubah Suai Kecil dan Tambahan Rumah Kediaman di Besut",
    source="https://mdbesut.example.invalid/perkhidmatan/permit-ubah-suai",
    updated="2026-03-09",
    sections=[
        ("Bilakah Permit Ubah Suai Diperlukan", """
Pemilik rumah di dalam kawasan Majlis Daerah Besut perlu mendapatkan permit sebelum membuat kerja ubah suai seperti membina bumbung anjung, menambah dapur di belakang rumah, membina pagar batu atau menukar struktur dinding."""),
        ("Kerja Yang Tidak Memerlukan Permit", """
- Mengecat semula rumah.
- Menukar jubin lantai tanpa mengubah paras lantai.
- Menukar pintu dan tingkap dengan saiz yang sama.
- Membaiki bumbung bocor tanpa mengubah struktur."""),
        ("Syarat dan Dokumen", """
Pemohon mestilah pemilik berdaftar rumah atau mendapat kebenaran bertulis pemilik. Permohonan perlu disertakan Borang Permit Ubah Suai MDB-B5, salinan geran tanah, salinan resit cukai taksiran terkini dan pelan lakaran kerja yang ditandatangani oleh kontraktor berdaftar."""),
        ("Langkah Memohon Permit", """
Serahkan borang dan dokumen di Kaunter Jabatan Kejuruteraan, Ibu Pejabat MDB, atau muat naik melalui portal eBina MDB. Pegawai teknikal akan membuat lawatan tapak sebelum permohonan dibawa ke mesyuarat kelulusan."""),
        ("Fi Memproses", """
| Jenis kerja | Fi |
| Ubah suai kecil (kurang 20 meter persegi) | RM 50 |
| Tambahan rumah (20 hingga 60 meter persegi) | RM 150 |
| Pagar batu | RM 3 semeter panjang |
| Bumbung anjung | RM 80 |
Fi tidak akan dikembalikan sekiranya permohonan ditolak."""),
        ("Tempoh Mendapat Keputusan", """
Permohonan yang lengkap diputuskan dalam tempoh 21 hari bekerja dari tarikh lawatan tapak. Pemohon akan dimaklumkan melalui surat dan SMS."""),
        ("Tempoh Sah Permit", """
Permit sah selama 6 bulan dari tarikh kelulusan. Permit boleh dilanjutkan sekali sahaja selama 3 bulan dengan bayaran RM 30, dan permohonan lanjutan mesti dibuat sebelum permit tamat."""),
        ("Membina Tanpa Permit", """
Kerja ubah suai tanpa permit boleh dikenakan kompaun sehingga RM 1,000 dan majlis boleh mengeluarkan notis supaya binaan tambahan dirobohkan dalam tempoh 30 hari."""),
        ("Tidak Termasuk Dalam Permit Ini", """
Halaman ini tidak meliputi pelan bangunan baharu, bangunan komersial dan rumah lebih dua tingkat. Permohonan tersebut perlu dikemukakan oleh arkitek atau jurutera profesional melalui Pusat Setempat (OSC) dan tidak diterangkan di sini."""),
        ("Soalan Lazim", """
### Bolehkah saya membina sendiri tanpa kontraktor?
Boleh bagi ubah suai kecil, tetapi pelan lakaran masih perlu disediakan.
### Rumah saya di atas tanah pusaka, bolehkah saya memohon?
Boleh, dengan kebenaran bertulis semua waris yang berdaftar.
### Adakah permit diperlukan untuk membina bangsal kayu kecil?
Ya, jika keluasannya melebihi 10 meter persegi."""),
        ("Hubungi Jabatan Kejuruteraan", """
Jabatan Kejuruteraan, Majlis Daerah Besut, Jalan Pejabat, 22200 Kampung Raja, Besut, Terengganu.
Telefon: 09-695 6645. E-mel: kejuruteraan@mdbesut.example.invalid
Waktu kaunter: Ahad hingga Khamis, 8.00 pagi hingga 4.00 petang.
""" + END),
    ]))
