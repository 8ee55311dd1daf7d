"""Texts of the Kuala Langat pages (data only). Body mini-markup: '- ' bullet, '|' table
row (first row = header), '### ' FAQ question, other lines = paragraphs."""

END = "Dokumen penilaian: angka, alamat dan waktu di halaman ini adalah rekaan."
NOTE = ("Dokumen penilaian. Agensi dan nama tempat adalah benar; semua fi, kadar, tarikh "
        "akhir, tempoh proses, waktu operasi, alamat, nombor telefon, nombor borang dan nama "
        "aplikasi atau portal adalah rekaan.")

KL = dict(lang="ms", country="MY", region="Kuala Langat, Selangor",
          agency="Majlis Perbandaran Kuala Langat (MPKL)")

DOCS = []

DOCS.append(dict(
    id="my/kuala-langat/cukai-taksiran.md", fmt="md", **KL,
    title="Cukai Taksiran Pegangan di Kawasan Majlis Perbandaran Kuala Langat",
    source="https://mpkl.example.invalid/perkhidmatan/cukai-taksiran",
    updated="2026-01-12",
    sections=[
        ("Tentang Cukai Taksiran", """
Cukai taksiran ialah cukai yang dikenakan oleh Majlis Perbandaran Kuala Langat (MPKL) ke atas setiap pegangan seperti rumah, kedai, kilang dan tanah kosong di dalam kawasan pentadbiran majlis, termasuk Banting, Jenjarom, Telok Panglima Garang, Tanjung Sepat dan Sijangkang. Hasil kutipan digunakan untuk membiayai kutipan sampah, lampu jalan, penyelenggaraan longkang dan kemudahan awam."""),
        ("Pihak Yang Bertanggungjawab Membayar", """
Cukai taksiran wajib dibayar oleh pemilik berdaftar pegangan. Penyewa tidak bertanggungjawab kecuali perjanjian sewa menyatakan sebaliknya. Bagi pegangan yang dimiliki bersama, setiap pemilik bertanggungjawab secara bersama atas keseluruhan amaun cukai."""),
        ("Kadar Cukai Mengikut Kategori Pegangan", """
Cukai dikira berdasarkan peratusan daripada Nilai Tahunan pegangan yang ditetapkan oleh Jabatan Penilaian MPKL.
| Kategori pegangan | Kadar setahun |
| Kediaman | 5.5% daripada Nilai Tahunan |
| Perniagaan dan kedai | 9% daripada Nilai Tahunan |
| Perindustrian | 10% daripada Nilai Tahunan |
| Tanah kosong | 3% daripada Nilai Tahunan |
Cukai minimum bagi sesebuah pegangan ialah RM 60 setahun."""),
        ("Tarikh Akhir Bayaran Bagi Setiap Penggal", """
Cukai taksiran dibayar dua kali setahun. Bayaran penggal pertama mesti dijelaskan selewat-lewatnya pada 28 Februari, manakala bayaran penggal kedua perlu dijelaskan selewat-lewatnya pada 31 Ogos. Pembayar boleh menjelaskan cukai setahun penuh sekali gus pada bila-bila masa sebelum tarikh akhir penggal pertama."""),
        ("Kaedah Pembayaran Yang Disediakan", """
- Dalam talian melalui portal eBayar MPKL menggunakan FPX, kad debit atau kad kredit.
- Kaunter Hasil di Ibu Pejabat MPKL, Banting.
- Kaunter bergerak di Pejabat Cawangan Jenjarom setiap hari Rabu.
- Cek atas nama Majlis Perbandaran Kuala Langat yang dihantar melalui pos.
Resit bagi bayaran dalam talian dihantar ke e-mel pembayar dengan serta-merta."""),
        ("Bayaran Lewat, Notis dan Waran", """
Cukai yang tidak dijelaskan selepas tarikh akhir penggal dikenakan denda lewat sebanyak 10% daripada amaun cukai penggal tersebut. Sekiranya tunggakan masih tidak dijelaskan, majlis akan mengeluarkan Notis E dengan caj notis sebanyak RM 15. Selepas itu, waran tahanan boleh dikeluarkan dan harta alih di pegangan tersebut boleh disita."""),
        ("Pertukaran Nama Pemilik", """
Pemilik baharu hendaklah memaklumkan pertukaran hak milik kepada majlis menggunakan Borang Pindah Milik MPKL-CT7 bersama salinan geran atau perjanjian jual beli yang telah disetemkan. Rekod nama pemilik dikemas kini dalam tempoh 14 hari bekerja selepas dokumen lengkap diterima. Tiada bayaran dikenakan bagi pertukaran nama."""),
        ("Membantah Nilai Tahunan", """
Pemilik yang tidak bersetuju dengan Nilai Tahunan baharu boleh mengemukakan bantahan secara bertulis dalam tempoh 30 hari dari tarikh notis penilaian. Bantahan akan didengar dalam satu sesi pendengaran yang dimaklumkan melalui surat. Cukai hendaklah terus dibayar mengikut bil semasa sementara bantahan diproses."""),
        ("Perkara Yang Tidak Diuruskan Oleh MPKL", """
Halaman ini tidak meliputi cukai tanah (cukai hasil tanah) dan cukai petak bagi hartanah berstrata. Cukai tanah dibayar kepada Pejabat Tanah dan Daerah Kuala Langat, bukan kepada MPKL."""),
        ("Soalan Lazim", """
### Adakah saya akan menerima bil melalui pos?
Ya. Bil dihantar ke alamat pemilik berdaftar pada bulan Januari setiap tahun. Salinan bil juga boleh dicetak melalui portal eBayar MPKL.
### Bolehkah saya membayar secara ansuran bulanan?
Boleh, melalui arahan potongan bulanan di kaunter hasil, dengan syarat tiada tunggakan.
### Rumah saya kosong, adakah cukai dikurangkan?
Tiada pengurangan cukai bagi pegangan kediaman yang tidak didiami."""),
        ("Hubungi Unit Hasil", """
Unit Hasil, Jabatan Perbendaharaan, Majlis Perbandaran Kuala Langat, Jalan Sultan Alam Shah, 42700 Banting, Selangor.
Telefon: 03-3187 5521. E-mel: hasil@mpkl.example.invalid
Waktu kaunter: Isnin hingga Jumaat, 8.00 pagi hingga 4.30 petang. Kaunter ditutup pada hari Sabtu, Ahad dan cuti umum.
""" + END),
    ]))

DOCS.append(dict(
    id="my/kuala-langat/lesen-penjaja-pasar-malam.pdf", fmt="pdf", **KL,
    title="Lesen Penjaja dan Tapak Pasar Malam Kuala Langat",
    source="https://mpkl.example.invalid/lesen/penjaja-pasar-malam",
    updated="2026-02-03",
    sections=[
        ("Pengenalan Lesen Penjaja", """
Setiap individu yang menjaja atau berniaga di tapak pasar malam, pasar tani atau tepi jalan di kawasan Majlis Perbandaran Kuala Langat wajib memiliki lesen penjaja yang sah. Lesen ini dikeluarkan oleh Jabatan Pelesenan MPKL."""),
        ("Kategori Lesen Yang Ditawarkan", """
- Penjaja statik: berniaga di satu tapak tetap yang diluluskan.
- Penjaja bergerak: berniaga menggunakan kenderaan atau motosikal.
- Penjaja pasar malam: satu petak di tapak pasar malam yang dikendalikan majlis."""),
        ("Syarat Kelayakan Pemohon", """
Pemohon mestilah warganegara Malaysia berumur 18 tahun ke atas dan bermastautin di daerah Kuala Langat. Setiap pemohon hanya dibenarkan memegang satu lesen penjaja. Pemohon dan pembantu yang mengendalikan makanan wajib menerima suntikan anti-tifoid dan menghadiri kursus pengendali makanan."""),
        ("Dokumen Sokongan", """
- Borang Permohonan Lesen Penjaja MPKL-LP2.
- Salinan kad pengenalan pemohon.
- Dua keping gambar berukuran pasport.
- Salinan kad suntikan anti-tifoid dan sijil kursus pengendali makanan."""),
        ("Langkah Memohon", """
Permohonan boleh dibuat melalui portal eLesen MPKL atau di Kaunter Pelesenan, Ibu Pejabat MPKL. Pemohon akan dipanggil untuk sesi temu duga ringkas sebelum kelulusan. Lesen yang diluluskan boleh diambil di kaunter setelah fi dijelaskan."""),
        ("Fi Lesen dan Sewa Petak", """
Jenis lesen | Fi
Penjaja statik | RM 60 setahun
Penjaja bergerak | RM 90 setahun
Petak pasar malam | RM 5 satu malam
Kad pembantu penjaja | RM 10 seorang
Sewa petak pasar malam dibayar kepada petugas majlis di tapak pada setiap malam perniagaan."""),
        ("Tempoh Proses Permohonan", """
Permohonan yang lengkap diproses dalam tempoh 7 hari bekerja. Lesen sah selama setahun dan perlu diperbaharui sebelum tarikh tamat. Pembaharuan lewat dikenakan bayaran tambahan RM 20."""),
        ("Jadual Pasar Malam Di Bawah Kelolaan Majlis", """
- Banting (Jalan Bunga Raya): setiap Selasa.
- Jenjarom: setiap Khamis.
- Telok Panglima Garang: setiap Ahad.
- Tanjung Sepat: setiap Sabtu.
Waktu berniaga ialah dari 5.00 petang hingga 10.30 malam."""),
        ("Tindakan Terhadap Penjaja Tanpa Lesen", """
Penjaja yang berniaga tanpa lesen boleh dikenakan kompaun sehingga RM 250 dan barangan jualan boleh disita. Barang yang disita boleh dituntut semula dalam tempoh 14 hari setelah kompaun dijelaskan."""),
        ("Soalan Lazim", """
Adakah warga asing boleh menjadi pembantu penjaja?
Tidak. Pembantu penjaja juga mestilah warganegara Malaysia.
Bolehkah saya berniaga di lebih daripada satu pasar malam?
Boleh, tertakluk kepada kekosongan petak dan bayaran sewa bagi setiap malam.
Adakah lesen ini meliputi kedai atau premis tetap?
Tidak. Premis tetap memerlukan lesen premis perniagaan yang berasingan."""),
        ("Pertanyaan dan Kaunter Pelesenan", """
Jabatan Pelesenan, Majlis Perbandaran Kuala Langat, Jalan Sultan Alam Shah, 42700 Banting.
Telefon: 03-3187 6630. E-mel: lesen@mpkl.example.invalid
Waktu kaunter: Isnin hingga Jumaat, 8.30 pagi hingga 4.00 petang.
""" + END),
    ]))

DOCS.append(dict(
    id="my/kuala-langat/sewa-dewan.html", fmt="html", **KL,
    title="Tempahan dan Sewaan Dewan Majlis Perbandaran Kuala Langat",
    source="https://mpkl.example.invalid/kemudahan/sewa-dewan",
    updated="2026-03-05",
    portal="Portal Rasmi MPKL - Langat Bersih, Hijau dan Sejahtera",
    sections=[
        ("Senarai Dewan Untuk Disewa", """
Majlis Perbandaran Kuala Langat menyediakan dewan untuk kegunaan orang ramai bagi majlis perkahwinan, kenduri, mesyuarat, seminar dan aktiviti kemasyarakatan. Dewan yang boleh ditempah ialah Dewan Orang Ramai Banting, Dewan Serbaguna Jenjarom dan Dewan Komuniti Tanjung Sepat."""),
        ("Siapa Boleh Membuat Tempahan", """
Tempahan boleh dibuat oleh individu berumur 21 tahun ke atas, persatuan berdaftar, syarikat dan agensi kerajaan. Penyewa mestilah hadir sendiri atau menghantar wakil yang diberi kuasa secara bertulis semasa penyerahan kunci."""),
        ("Kadar Sewa Dewan", """
| Dewan | Sehari (8 pagi - 11 malam) | Separuh hari |
| Dewan Orang Ramai Banting | RM 850 | RM 450 |
| Dewan Serbaguna Jenjarom | RM 600 | RM 320 |
| Dewan Komuniti Tanjung Sepat | RM 400 | RM 220 |
Pertubuhan kebajikan dan sekolah yang berdaftar di Kuala Langat menerima potongan 30% daripada kadar sewa."""),
        ("Wang Cagaran", """
Setiap tempahan memerlukan wang cagaran sebanyak RM 300 yang dibayar bersama sewa. Wang cagaran dipulangkan dalam tempoh 21 hari bekerja selepas pemeriksaan dewan, setelah ditolak kos kerosakan atau pembersihan tambahan jika ada."""),
        ("Menempah Secara Dalam Talian", """
Semakan kekosongan dan tempahan boleh dibuat melalui portal eDewan MPKL. Bayaran dibuat menggunakan FPX dan slip tempahan dihantar ke e-mel penyewa. Tempahan di kaunter masih diterima bagi mereka yang tidak dapat menggunakan portal."""),
        ("Tempoh Tempahan dan Pengesahan", """
Tempahan hendaklah dibuat sekurang-kurangnya 14 hari sebelum tarikh penggunaan dan paling awal enam bulan sebelum tarikh tersebut. Pengesahan tempahan dikeluarkan dalam tempoh 3 hari bekerja selepas bayaran penuh diterima."""),
        ("Pembatalan Tempahan", """
Pembatalan yang dibuat lebih daripada 14 hari sebelum tarikh penggunaan layak menerima bayaran balik 50% daripada sewa. Pembatalan dalam tempoh 14 hari atau kurang tidak layak menerima sebarang bayaran balik sewa, tetapi wang cagaran tetap dipulangkan."""),
        ("Peraturan Semasa Penggunaan", """
- Semua aktiviti mesti tamat selewat-lewatnya 11.00 malam.
- Sistem bunyi perlu diperlahankan selepas 10.00 malam.
- Memasak menggunakan dapur gas di dalam dewan tidak dibenarkan.
- Penyewa bertanggungjawab mengutip sampah selepas majlis."""),
        ("Kemudahan Yang Tidak Termasuk", """
Halaman ini tidak meliputi tempahan padang bola, gelanggang futsal dan kolam renang awam. Tempahan kemudahan sukan dibuat secara berasingan dan tidak diterangkan di sini."""),
        ("Soalan Lazim", """
### Adakah kerusi dan meja disediakan?
Ya. Setiap dewan dilengkapi 300 kerusi dan 30 meja bulat tanpa caj tambahan.
### Bolehkah saya menukar tarikh tempahan?
Boleh, satu kali sahaja tanpa caj, sekurang-kurangnya 14 hari sebelum tarikh asal.
### Adakah dewan berhawa dingin?
Hanya Dewan Orang Ramai Banting yang berhawa dingin."""),
        ("Hubungi Unit Pengurusan Dewan", """
Unit Pengurusan Dewan, Jabatan Khidmat Pengurusan, Majlis Perbandaran Kuala Langat, Jalan Sultan Alam Shah, 42700 Banting.
Telefon: 03-3187 7714. E-mel: dewan@mpkl.example.invalid
Waktu pejabat: Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang.
""" + END),
    ]))

DOCS.append(dict(
    id="my/kuala-langat/kompaun-dan-rayuan.md", fmt="md", **KL,
    title="Pembayaran Kompaun dan Rayuan Pengurangan Kompaun MPKL",
    source="https://mpkl.example.invalid/penguatkuasaan/kompaun",
    updated="2026-02-20",
    sections=[
        ("Maksud Kompaun Majlis", """
Kompaun ialah tawaran untuk menyelesaikan sesuatu kesalahan di bawah undang-undang kecil Majlis Perbandaran Kuala Langat tanpa dibawa ke mahkamah. Notis kompaun dikeluarkan oleh pegawai Jabatan Penguatkuasaan dan diletakkan pada kenderaan, diserahkan sendiri atau dihantar melalui pos."""),
        ("Kesalahan Biasa dan Amaun Kompaun", """
| Kesalahan | Amaun kompaun |
| Meletak kenderaan tanpa kupon atau bayaran parkir | RM 30 |
| Meletak kenderaan di petak orang kurang upaya | RM 300 |
| Menghalang laluan awam dengan barangan | RM 100 |
| Membuang sampah merata-rata | RM 500 |
| Memasang iklan tanpa permit | RM 200 |"""),
        ("Had Masa Menjelaskan Kompaun", """
Kompaun hendaklah dijelaskan dalam tempoh 14 hari dari tarikh notis dikeluarkan. Tarikh notis tertera di bahagian atas notis kompaun bersama nombor rujukan kompaun."""),
        ("Potongan Bagi Bayaran Awal", """
Kompaun letak kenderaan yang dijelaskan dalam tempoh 7 hari pertama layak menerima potongan 50% daripada amaun asal. Potongan ini tidak terpakai bagi kompaun kesalahan membuang sampah dan kompaun petak orang kurang upaya."""),
        ("Menyemak dan Membayar Kompaun", """
Kompaun boleh disemak dan dibayar melalui aplikasi LangatPay dengan memasukkan nombor kenderaan atau nombor kad pengenalan. Bayaran juga diterima di Kaunter Hasil MPKL di Banting dan di Pejabat Cawangan Jenjarom."""),
        ("Syarat Mengemukakan Rayuan", """
Rayuan pengurangan kompaun mesti dikemukakan sebelum tempoh 14 hari tamat menggunakan Borang Rayuan Kompaun MPKL-PK3. Rayuan hendaklah disertakan salinan notis kompaun, salinan kad pengenalan dan alasan rayuan, contohnya kecemasan perubatan beserta bukti."""),
        ("Proses dan Keputusan Rayuan", """
Rayuan dinilai oleh Jawatankuasa Rayuan Kompaun dan keputusan dimaklumkan melalui SMS dalam tempoh 10 hari bekerja. Jika rayuan diterima, amaun baharu perlu dijelaskan dalam tempoh 7 hari dari tarikh keputusan. Setiap kompaun hanya boleh dirayu sekali."""),
        ("Jika Kompaun Tidak Dijelaskan", """
Kompaun yang tidak dijelaskan akan diserahkan kepada Unit Pendakwaan untuk tindakan mahkamah. Nombor kenderaan yang mempunyai tiga atau lebih kompaun tertunggak boleh disenaraihitamkan dan kenderaan itu boleh diangkut ke depoh majlis dengan caj tunda RM 150."""),
        ("Di Luar Bidang Kuasa Majlis", """
Halaman ini tidak meliputi saman trafik yang dikeluarkan oleh Polis Diraja Malaysia (PDRM) atau Jabatan Pengangkutan Jalan (JPJ). Saman tersebut perlu disemak dan dibayar melalui saluran agensi berkenaan."""),
        ("Soalan Lazim", """
### Saya tidak menerima notis kompaun, bagaimana saya tahu?
Semak melalui aplikasi LangatPay menggunakan nombor kenderaan anda.
### Bolehkah orang lain membayar kompaun saya?
Boleh, dengan membawa nombor rujukan kompaun.
### Adakah kompaun boleh dibayar secara ansuran?
Tidak. Kompaun mesti dibayar sepenuhnya."""),
        ("Hubungi Jabatan Penguatkuasaan", """
Jabatan Penguatkuasaan, Majlis Perbandaran Kuala Langat, Jalan Sultan Alam Shah, 42700 Banting.
Telefon: 03-3187 4409. E-mel: penguatkuasaan@mpkl.example.invalid
Waktu kaunter: Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang; Sabtu, 8.00 pagi hingga 12.30 tengah hari.
""" + END),
    ]))
