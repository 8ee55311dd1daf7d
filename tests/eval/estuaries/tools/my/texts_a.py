"""Texts of the documents, as data (part A: national + Hulu Terengganu).

Body markup: blank-line separated blocks; '- ' bullet lines; '| a | b' table rows (first row
is the header); '### ' FAQ question. Everything in the figures is invented."""

END = "Dokumen penilaian: angka, alamat dan waktu di halaman ini adalah rekaan."
NOTE = ("Dokumen penilaian: nama agensi dan tempat adalah sebenar, tetapi semua fi, kadar, "
        "tarikh akhir, tempoh, waktu, alamat, nombor telefon, nombor borang, aplikasi dan "
        "portal adalah rekaan.")

DOCS = []

DOCS.append(dict(
    id="my/nasional/sip-perkeso.md", fmt="md",
    title="Sistem Insurans Pekerjaan (SIP): Perlindungan, Caruman dan Tuntutan Elaun",
    region="Nasional", agency="Pertubuhan Keselamatan Sosial (PERKESO)",
    source="https://www.perkeso.example.invalid/sip/panduan-tuntutan",
    updated="2026-02-10",
    sections=[
("Pengenalan Sistem Insurans Pekerjaan",
"""Sistem Insurans Pekerjaan (SIP) ditadbir oleh Pertubuhan Keselamatan Sosial (PERKESO) di bawah Akta Sistem Insurans Pekerjaan 2017. Sistem ini memberikan bantuan kewangan sementara dan sokongan pekerjaan semula kepada pekerja yang kehilangan pekerjaan, sementara mereka mencari pekerjaan baharu.

Halaman ini menerangkan golongan yang dilindungi, kadar caruman, faedah yang ditawarkan serta cara mengemukakan tuntutan."""),
("Golongan Pekerja Yang Dilindungi",
"""Perlindungan SIP diwajibkan ke atas pekerja sektor swasta yang memenuhi syarat berikut:

- berumur antara 18 hingga 60 tahun;
- mempunyai kontrak perkhidmatan dengan majikan di Malaysia;
- bukan penjawat awam tetap atau pekerja badan berkanun yang menerima pencen.

Pekerja yang bekerja sendiri, pembantu rumah asing dan pekerja yang mula bercarum selepas berumur 57 tahun tidak dilindungi oleh SIP."""),
("Kadar dan Tarikh Akhir Caruman",
"""Caruman SIP dibayar bersama oleh majikan dan pekerja, masing-masing pada kadar 0.25% daripada gaji bulanan. Gaji siling bagi pengiraan caruman ialah RM 6,000 sebulan.

| Gaji bulanan | Caruman majikan | Caruman pekerja |
| RM 1,500 | RM 3.75 | RM 3.75 |
| RM 3,000 | RM 7.50 | RM 7.50 |
| RM 6,000 ke atas | RM 15.00 | RM 15.00 |

Majikan wajib menjelaskan caruman sebelum hari ke-15 bulan berikutnya. Caruman yang lewat dikenakan faedah lewat bayar sebanyak 6% setahun bagi setiap hari kelewatan."""),
("Faedah Di Bawah SIP",
"""Pekerja yang layak boleh menerima faedah berikut:

- Elaun Mencari Pekerjaan (EMP): 80% daripada gaji diinsuranskan bagi bulan pertama, 50% bagi bulan kedua, dan 40% bagi bulan ketiga hingga keenam;
- Elaun Mengurangkan Pendapatan bagi pekerja yang mempunyai lebih daripada satu pekerjaan;
- Elaun Latihan sebanyak RM 20 sehari sepanjang tempoh latihan semula yang diluluskan;
- Bantuan mencari pekerjaan dan kaunseling kerjaya oleh pegawai penempatan."""),
("Syarat Kelayakan Tuntutan",
"""Tuntutan hanya dipertimbangkan jika pekerja kehilangan pekerjaan atas sebab seperti pemberhentian, penutupan syarikat atau penamatan kontrak oleh majikan. Kehilangan pekerjaan kerana salah laku atau peletakan jawatan secara sukarela tidak layak, kecuali peletakan jawatan kerana pemberhentian konstruktif.

Pekerja mesti mempunyai sekurang-kurangnya 9 bulan caruman dalam tempoh 24 bulan sebelum kehilangan pekerjaan, serta berdaftar dengan pegawai penempatan PERKESO."""),
("Cara Mengemukakan Tuntutan",
"""Tuntutan dibuat secara dalam talian melalui portal eSIP Kerjaya. Langkah-langkahnya ialah:

- daftar akaun dengan nombor MyKad dan alamat e-mel;
- isi Borang SIP-7A dan muat naik surat penamatan pekerjaan;
- lengkapkan profil pencari kerja dan hadiri sesi temu duga pegawai penempatan.

Pekerja yang tidak mempunyai akses internet boleh hadir ke mana-mana pejabat PERKESO untuk dibantu."""),
("Tempoh Memohon dan Pemprosesan",
"""Tuntutan mesti dikemukakan dalam tempoh 60 hari dari tarikh kehilangan pekerjaan. Tuntutan yang lewat boleh ditolak melainkan terdapat sebab munasabah.

Keputusan tuntutan dimaklumkan dalam tempoh 14 hari bekerja selepas dokumen lengkap diterima. Bayaran elaun dimasukkan ke akaun bank pekerja dalam tempoh 5 hari bekerja selepas kelulusan."""),
("Perkara Yang Tidak Diliputi",
"""Halaman ini tidak meliputi faedah bencana pekerjaan, kemalangan semasa bekerja atau pencen ilat di bawah Akta Keselamatan Sosial Pekerja 1969. Tuntutan tersebut diuruskan secara berasingan di pejabat PERKESO. Pencen penjawat awam pula diuruskan oleh Jabatan Perkhidmatan Awam."""),
("Soalan Lazim",
"""### Adakah saya masih boleh menuntut jika saya berhenti kerja sendiri?

Tidak, kecuali peletakan jawatan itu disahkan sebagai pemberhentian konstruktif.

### Bolehkah saya menerima EMP sambil bekerja sambilan?

Pendapatan sambilan mesti diisytiharkan dan boleh mengurangkan jumlah elaun.

### Berapa lama elaun dibayar?

Elaun dibayar paling lama enam bulan, bergantung pada tempoh caruman."""),
("Talian Bantuan dan Kaunter",
"""Talian Bantuan SIP: 1-800-81-4477 (Isnin hingga Jumaat, 8.00 pagi hingga 6.00 petang).

E-mel: sip@perkeso.example.invalid

Kaunter PERKESO di seluruh negara dibuka dari 8.00 pagi hingga 5.00 petang, Isnin hingga Jumaat, kecuali di negeri yang bercuti hujung minggu pada Jumaat dan Sabtu."""),
]))

DOCS.append(dict(
    id="my/nasional/daftar-pemilih-spr.md", fmt="md",
    title="Pendaftaran Pemilih dan Pertukaran Alamat Mengundi",
    region="Nasional", agency="Suruhanjaya Pilihan Raya (SPR)",
    source="https://www.spr.example.invalid/pemilih/pendaftaran-dan-alamat",
    updated="2026-01-22",
    sections=[
("Pendaftaran Pemilih Secara Automatik",
"""Warganegara Malaysia yang mencapai umur kelayakan didaftarkan sebagai pemilih secara automatik oleh Suruhanjaya Pilihan Raya (SPR) berdasarkan rekod Jabatan Pendaftaran Negara (JPN). Pemilih tidak perlu mengisi borang pendaftaran, tetapi digalakkan menyemak status dan alamat mengundi masing-masing dari semasa ke semasa.

Pemilih yang baru didaftarkan akan dipaparkan dalam rang daftar pemilih tambahan bagi suku tahun yang berkenaan."""),
("Siapa Layak Menjadi Pemilih",
"""Seseorang layak didaftarkan sebagai pemilih sekiranya:

- warganegara Malaysia;
- berumur 18 tahun dan ke atas pada tarikh kelayakan;
- bermastautin di alamat yang tercatat dalam MyKad;
- tidak hilang kelayakan di bawah undang-undang, contohnya sedang menjalani hukuman penjara."""),
("Semakan Status Pemilih",
"""Status pendaftaran boleh disemak melalui aplikasi SemakUndi SPR atau portal rasmi SPR. Pemilih juga boleh menghantar SMS dengan format SEMAK <nombor MyKad> ke 36011. Maklumat yang dipaparkan termasuk lokaliti, daerah mengundi, Dewan Undangan Negeri dan Parlimen."""),
("Menukar Alamat Mengundi",
"""Alamat mengundi mengikut alamat dalam MyKad. Pemilih yang berpindah perlu mengemas kini alamat MyKad terlebih dahulu. Selepas itu, SPR akan memindahkan rekod pemilih ke bahagian pilihan raya yang baharu dalam kemas kini daftar pemilih yang berikutnya.

Jika alamat MyKad telah dikemas kini tetapi bahagian pilihan raya tidak berubah selepas dua suku tahun, pemilih boleh mengemukakan Borang PA-3 di pejabat SPR negeri."""),
("Dokumen Untuk Permohonan Borang PA-3",
"""Pemohon perlu membawa:

- MyKad asal yang memaparkan alamat baharu;
- salinan slip kemas kini alamat daripada JPN;
- Borang PA-3 yang lengkap diisi dan ditandatangani.

Borang PA-3 tidak dikenakan sebarang bayaran."""),
("Jadual Kemas Kini Daftar Pemilih 2026",
"""Daftar pemilih dikemas kini setiap suku tahun mengikut jadual berikut:

| Suku tahun | Tarikh tutup rekod | Paparan rang daftar |
| Suku pertama | 31 Mac 2026 | 20 April 2026 |
| Suku kedua | 30 Jun 2026 | 20 Julai 2026 |
| Suku ketiga | 30 September 2026 | 20 Oktober 2026 |
| Suku keempat | 31 Disember 2026 | 20 Januari 2027 |"""),
("Tuntutan dan Bantahan",
"""Rang daftar pemilih tambahan dipamerkan selama 10 hari bagi membolehkan orang ramai membuat tuntutan atau bantahan. Bantahan terhadap pendaftaran orang lain dikenakan fi RM 10 bagi setiap nama yang dibantah. Siasatan awam diadakan dalam tempoh 21 hari selepas tamat tempoh pameran."""),
("Kesalahan Berkaitan Pendaftaran",
"""Memberikan maklumat palsu kepada SPR atau JPN untuk menukar bahagian pilihan raya adalah satu kesalahan. Pesalah boleh didenda sehingga RM 5,000 atau dipenjarakan, dan namanya boleh dikeluarkan daripada daftar pemilih."""),
("Perkhidmatan Di Luar Halaman Ini",
"""Halaman ini tidak meliputi permohonan mengundi secara pos atau pengundian awal, dan tidak meliputi penukaran alamat MyKad itu sendiri. Penukaran alamat MyKad dibuat di kaunter Jabatan Pendaftaran Negara."""),
("Soalan Kerap Ditanya",
"""### Saya baru berumur 18 tahun, perlukah saya mendaftar?

Tidak. Pendaftaran dibuat secara automatik.

### Bilakah alamat mengundi saya akan berubah?

Selepas kemas kini suku tahun yang berikutnya, apabila alamat MyKad sudah ditukar.

### Bolehkah saya memilih untuk mengundi di kampung asal?

Tidak. Alamat mengundi mengikut alamat MyKad."""),
("Hubungi SPR",
"""Talian SPR: 03-8892 7018 (Isnin hingga Jumaat, 8.30 pagi hingga 5.00 petang).

E-mel: pemilih@spr.example.invalid

Pejabat SPR negeri dibuka mengikut hari bekerja negeri masing-masing."""),
]))

DOCS.append(dict(
    id="my/hulu-terengganu/cukai-taksiran.md", fmt="md",
    title="Cukai Taksiran Majlis Daerah Hulu Terengganu",
    region="Hulu Terengganu", agency="Majlis Daerah Hulu Terengganu (MDHT)",
    source="https://www.mdht.example.invalid/perkhidmatan/cukai-taksiran",
    updated="2026-03-02",
    sections=[
("Apakah Cukai Taksiran",
"""Cukai taksiran ialah cukai yang dikenakan oleh Majlis Daerah Hulu Terengganu (MDHT) ke atas pegangan di dalam kawasan pentadbirannya. Hasil cukai digunakan untuk perkhidmatan perbandaran seperti kutipan sampah, lampu jalan, pembersihan longkang dan penyelenggaraan taman.

Cukai taksiran dikenakan di bawah Akta Kerajaan Tempatan 1976 dan wajib dibayar oleh pemilik berdaftar pegangan, bukan oleh penyewa, walaupun perjanjian sewa boleh menetapkan sebaliknya antara kedua-dua pihak."""),
("Kawasan dan Pegangan Yang Dikenakan",
"""Cukai dikenakan ke atas rumah, kedai, bangunan industri dan tanah kosong di kawasan pentadbiran MDHT, termasuk Bandar Kuala Berang, Ajil, Kuala Telemong dan sebahagian Mukim Tanggul. Setiap pegangan mempunyai nombor akaun yang tertera pada bil.

Pegangan di luar kawasan pentadbiran, seperti kebanyakan tanah kebun di pedalaman Mukim Hulu Berang, tidak dikenakan cukai taksiran."""),
("Kadar Mengikut Jenis Pegangan",
"""Cukai dikira berdasarkan nilai tahunan pegangan:

| Jenis pegangan | Kadar setahun |
| Kediaman | 4% daripada nilai tahunan |
| Perniagaan | 8% daripada nilai tahunan |
| Industri | 7% daripada nilai tahunan |
| Tanah kosong | 2% daripada nilai tahunan |

Cukai minimum bagi setiap pegangan ialah RM 30 setahun.

Nilai tahunan ialah anggaran sewa kasar setahun yang munasabah bagi pegangan tersebut, seperti yang ditentukan oleh Jabatan Penilaian Majlis. Penilaian semula am dibuat sekali dalam tempoh lima tahun."""),
("Jadual Bayaran Dua Penggal",
"""Cukai dibayar dalam dua penggal setahun. Bayaran penggal pertama perlu dijelaskan sebelum 28 Februari dan penggal kedua sebelum 31 Ogos. Pemilik juga boleh membayar kedua-dua penggal sekali gus pada awal tahun."""),
("Saluran Pembayaran",
"""Bayaran boleh dibuat melalui:

- kaunter hasil di Ibu Pejabat MDHT, Kuala Berang;
- portal eBayar MDHT dengan perbankan dalam talian atau kad debit;
- kiosk bayaran di Pejabat Pos Kuala Berang dan Ajil.

Resit rasmi dikeluarkan bagi setiap bayaran dan boleh dicetak semula dari portal.

Bayaran melalui portal mengambil masa sehingga dua hari bekerja untuk dikemas kini dalam akaun. Sila nyatakan nombor akaun pegangan dengan betul bagi mengelakkan bayaran dimasukkan ke akaun lain."""),
("Denda Lewat Bayar dan Tindakan Tuntutan",
"""Cukai yang tidak dibayar selepas tarikh akhir penggal dikenakan denda lewat sebanyak 10% daripada cukai penggal berkenaan. Selepas itu, Notis E akan dihantar. Jika tunggakan masih tidak dijelaskan, Majlis boleh mengeluarkan waran tahanan ke atas harta alih dengan caj waran RM 35."""),
("Pindah Milik dan Kemas Kini Pemilik",
"""Pemilik baharu perlu memaklumkan pertukaran milik kepada Majlis menggunakan Borang CT-05 bersama salinan geran atau perjanjian jual beli. Fi pemprosesan ialah RM 20 bagi setiap pegangan. Rekod dikemas kini dalam tempoh 14 hari bekerja."""),
("Bantahan Terhadap Nilaian",
"""Pemilik yang tidak bersetuju dengan nilai tahunan baharu boleh mengemukakan bantahan bertulis dalam tempoh 30 hari dari tarikh notis penilaian. Bantahan akan didengar dalam sesi pendengaran yang dimaklumkan secara bertulis.

Bantahan mesti menyatakan alasan, contohnya perbandingan dengan pegangan lain yang serupa di kawasan yang sama. Cukai hendaklah terus dibayar mengikut bil semasa sementara bantahan diputuskan."""),
("Bukan Di Bawah Urusan Majlis",
"""Cukai tanah dan cukai petak tidak dikutip oleh MDHT. Kedua-duanya diuruskan oleh Pejabat Tanah Hulu Terengganu. Halaman ini juga tidak meliputi bil air, yang diuruskan oleh Syarikat Air Terengganu."""),
("Soalan Lazim Pembayar Cukai",
"""### Saya tidak menerima bil, adakah saya masih perlu membayar?

Ya. Baki dan bil boleh disemak dalam portal eBayar MDHT.

### Bolehkah cukai dibayar secara ansuran bulanan?

Ansuran boleh dipohon secara bertulis bagi tunggakan melebihi dua penggal.

### Rumah saya kosong, adakah ada potongan?

Tiada potongan bagi rumah yang tidak didiami."""),
("Kaunter Hasil dan Talian",
"""Ibu Pejabat Majlis Daerah Hulu Terengganu, Jalan Tasik Kenyir, 21700 Kuala Berang, Terengganu.

Telefon: 09-681 2250. E-mel: hasil@mdht.example.invalid

Waktu kaunter: Ahad hingga Khamis, 8.00 pagi hingga 4.30 petang."""),
]))

DOCS.append(dict(
    id="my/hulu-terengganu/lesen-penjaja-pasar-malam.pdf", fmt="pdf",
    title="Lesen Penjaja dan Tapak Pasar Malam Hulu Terengganu",
    region="Hulu Terengganu", agency="Majlis Daerah Hulu Terengganu (MDHT)",
    source="https://www.mdht.example.invalid/perkhidmatan/lesen-penjaja",
    updated="2026-02-18",
    sections=[
("Jenis Lesen Penjaja",
"""Majlis Daerah Hulu Terengganu mengeluarkan tiga jenis lesen penjaja: lesen penjaja statik di tapak yang ditetapkan, lesen penjaja bergerak, dan lesen tapak pasar malam. Pasar malam majlis diadakan di Kuala Berang setiap Isnin dan di Ajil setiap Khamis.

Lesen penjaja statik dikeluarkan untuk tapak tetap seperti di tepi Jalan Besar Kuala Berang, manakala lesen penjaja bergerak membenarkan jualan menggunakan motosikal atau van di kawasan perumahan pada waktu yang ditetapkan."""),
("Kelayakan Pemohon",
"""Pemohon mestilah warganegara Malaysia berumur 18 tahun ke atas dan menetap di daerah Hulu Terengganu. Setiap pemohon hanya boleh memegang satu lesen penjaja dan tidak boleh menyewakan tapak kepada orang lain.

Keutamaan diberikan kepada penduduk berpendapatan rendah, ibu tunggal dan orang kurang upaya yang berdaftar dengan Jabatan Kebajikan Masyarakat."""),
("Dokumen Yang Perlu Disertakan",
"""- Salinan MyKad pemohon dan pembantu.
- Dua keping gambar berukuran pasport.
- Sijil suntikan pelalian tifoid bagi penjaja makanan.
- Sijil Latihan Pengendali Makanan bagi penjaja makanan."""),
("Langkah Permohonan",
"""Isi Borang LP-2 di kaunter pelesenan atau melalui portal eLesen MDHT. Pegawai akan menyemak dokumen dan menetapkan lokasi tapak. Pemohon yang berjaya dimaklumkan melalui SMS dan perlu membayar fi sebelum lesen dicetak.

Lesen mesti dipamerkan di gerai pada setiap masa berniaga dan ditunjukkan apabila diminta oleh pegawai penguat kuasa. Lesen yang hilang boleh digantikan di kaunter pelesenan."""),
("Fi Lesen dan Sewa Tapak",
"""| Jenis lesen atau caj | Kadar |
| Lesen penjaja statik | RM 48 setahun |
| Lesen penjaja bergerak | RM 36 setahun |
| Lesen tapak pasar malam | RM 60 setahun |
| Sewa tapak pasar malam | RM 3 semalam |
| Caj kebersihan pasar malam | RM 1 semalam |

Fi lesen dibayar sekali setahun, manakala sewa tapak dan caj kebersihan dikutip oleh pegawai Majlis pada setiap malam berniaga."""),
("Tempoh Memproses Permohonan",
"""Permohonan yang lengkap diproses dalam tempoh 10 hari bekerja. Permohonan bagi tapak baharu yang memerlukan lawatan tapak mungkin mengambil masa lebih lama."""),
("Waktu Berniaga Pasar Malam",
"""Penjaja dibenarkan memasang gerai mulai 4.00 petang. Pasar malam beroperasi dari 5.00 petang hingga 11.00 malam. Kawasan tapak mesti dikosongkan dan dibersihkan sebelum 11.45 malam.

Pasar malam tidak diadakan pada malam Hari Raya Aidilfitri dan Hari Raya Aidiladha. Sebarang perubahan hari atau lokasi akan diumumkan di papan kenyataan Majlis."""),
("Pembaharuan dan Caj Lewat",
"""Lesen sah selama setahun dan perlu diperbaharui sekurang-kurangnya 30 hari sebelum tamat tempoh. Pembaharuan selepas lesen tamat dikenakan caj lewat RM 20 bagi setiap bulan kelewatan.

Pembaharuan boleh dibuat di kaunter atau secara dalam talian dengan membawa lesen lama dan sijil suntikan tifoid yang masih sah."""),
("Larangan dan Kompaun",
"""Berniaga tanpa lesen boleh dikenakan kompaun RM 250 dan barang jualan boleh disita. Menjual di luar tapak yang ditetapkan, meninggalkan sampah atau menyewakan tapak boleh menyebabkan lesen digantung.

Penjaja juga dilarang menggunakan pembesar suara yang mengganggu penduduk dan meletakkan barang jualan di atas laluan pejalan kaki."""),
("Di Luar Skop Halaman Ini",
"""Halaman ini tidak meliputi lesen perniagaan bagi kedai atau premis tetap, dan tidak meliputi tapak bazar Ramadan yang dibuka melalui iklan berasingan setiap tahun.

Permohonan lesen premis tetap dibuat melalui Unit Pelesenan dengan borang yang berlainan."""),
("Pertanyaan Umum Penjaja",
"""### Bolehkah saya berniaga di kedua-dua pasar malam?
Ya, dengan dua tapak berasingan di bawah satu lesen tapak pasar malam.
### Adakah pembantu perlu didaftarkan?
Ya, nama pembantu mesti dicatat dalam lesen.
### Bagaimana jika hujan lebat?
Sewa tapak tetap dikenakan kecuali pasar malam dibatalkan oleh Majlis."""),
("Maklumat Perhubungan Unit Pelesenan",
"""Unit Pelesenan, Ibu Pejabat MDHT, Jalan Tasik Kenyir, 21700 Kuala Berang.
Telefon: 09-681 2261. E-mel: lesen@mdht.example.invalid
Waktu pejabat: Ahad hingga Khamis, 8.00 pagi hingga 5.00 petang."""),
]))

DOCS.append(dict(
    id="my/hulu-terengganu/sewa-dewan.html", fmt="html",
    title="Tempahan dan Sewaan Dewan Majlis Daerah Hulu Terengganu",
    region="Hulu Terengganu", agency="Majlis Daerah Hulu Terengganu (MDHT)",
    source="https://www.mdht.example.invalid/perkhidmatan/sewa-dewan",
    updated="2026-01-29",
    portal="Portal Rasmi Majlis Daerah Hulu Terengganu",
    sections=[
("Dewan Yang Ditawarkan",
"""Majlis menawarkan dua dewan untuk disewa oleh orang ramai: Dewan Serbaguna Kuala Berang yang memuatkan sehingga 600 orang, dan Dewan Orang Ramai Ajil yang memuatkan sehingga 300 orang. Kedua-dua dewan dilengkapi sistem pembesar suara, kipas dan tandas.

Dewan Serbaguna Kuala Berang terletak berhampiran Ibu Pejabat Majlis dan mempunyai ruang letak kereta untuk kira-kira 120 kenderaan. Dewan Orang Ramai Ajil sesuai untuk majlis kecil, mesyuarat dan kursus."""),
("Siapa Boleh Membuat Tempahan",
"""Tempahan boleh dibuat oleh individu, persatuan berdaftar, syarikat dan agensi kerajaan. Pemohon individu mestilah berumur 21 tahun ke atas dan bertanggungjawab ke atas majlis yang diadakan.

Pertubuhan yang membuat tempahan perlu mengemukakan salinan sijil pendaftaran dan surat wakil yang ditandatangani oleh setiausaha atau pengerusi."""),
("Kadar Sewaan Sehari",
"""Kadar sewaan adalah seperti berikut:

| Dewan | Majlis perkahwinan | Persatuan dan agensi kerajaan |
| Dewan Serbaguna Kuala Berang | RM 350 sehari | RM 200 sehari |
| Dewan Orang Ramai Ajil | RM 180 sehari | RM 100 sehari |

Caj elektrik tambahan bagi penggunaan selepas tengah malam ialah RM 40 sejam.

Kadar bagi persatuan dan agensi kerajaan hanya terpakai untuk program tidak berbayar yang terbuka kepada orang ramai."""),
("Wang Cagaran",
"""Wang cagaran sebanyak RM 500 perlu dibayar semasa tempahan disahkan. Cagaran dipulangkan dalam tempoh 21 hari selepas majlis, setelah pemeriksaan mendapati dewan bersih dan tiada kerosakan.

Kos membaiki sebarang kerosakan akan ditolak daripada wang cagaran. Jika kos melebihi cagaran, penyewa perlu membayar baki dalam tempoh yang ditetapkan oleh Majlis."""),
("Cara Menempah",
"""Semak kekosongan tarikh melalui sistem eDewan MDHT, kemudian isi Borang DW-1 secara dalam talian atau di kaunter. Tempahan hanya disahkan selepas bayaran sewa dan cagaran diterima.

Surat pengesahan tempahan akan dihantar melalui e-mel dan perlu ditunjukkan kepada penjaga dewan semasa mengambil kunci pada hari majlis."""),
("Had Masa Tempahan",
"""Tempahan mesti dibuat sekurang-kurangnya 14 hari sebelum tarikh majlis. Tempahan paling awal boleh dibuat 6 bulan lebih awal.

Tempahan pada hari cuti umum dan musim cuti sekolah adalah tertakluk kepada kekosongan dan dibuat mengikut giliran."""),
("Pembatalan dan Pemulangan Wang",
"""Pembatalan yang dimaklumkan 7 hari atau lebih sebelum tarikh majlis layak menerima pemulangan 50% daripada sewa. Pembatalan kurang daripada 7 hari tidak layak menerima pemulangan sewa, tetapi cagaran dipulangkan sepenuhnya."""),
("Peraturan Penggunaan Dewan",
"""Semua majlis mesti tamat sebelum 11.30 malam. Bunga api, memasak dengan dapur gas di dalam dewan dan menampal hiasan pada dinding tidak dibenarkan. Penyewa bertanggungjawab membersihkan dewan selepas majlis.

Pemasangan khemah di luar dewan memerlukan kebenaran berasingan. Penyewa juga perlu memastikan laluan kecemasan tidak dihalang sepanjang majlis."""),
("Tidak Termasuk Dalam Perkhidmatan Ini",
"""Halaman ini tidak meliputi tempahan padang bola, gelanggang atau kemudahan kompleks sukan, yang diuruskan secara berasingan oleh Majlis Sukan Negeri Terengganu.

Tempahan bilik mesyuarat di Ibu Pejabat Majlis juga tidak dibuat melalui halaman ini."""),
("Soalan Lazim Penyewa Dewan",
"""### Bolehkah saya membawa katering sendiri?

Ya, dengan syarat tiada masakan dibuat di dalam dewan.

### Adakah kerusi dan meja disediakan?

Ya, sehingga 400 kerusi dan 50 meja disediakan tanpa caj.

### Bolehkah saya menukar tarikh tempahan?

Tarikh boleh ditukar sekali sahaja tanpa caj jika tarikh baharu masih kosong."""),
("Hubungi Unit Dewan",
"""Unit Pengurusan Dewan, Ibu Pejabat MDHT, Jalan Tasik Kenyir, 21700 Kuala Berang.

Telefon: 09-681 2274. E-mel: dewan@mdht.example.invalid

Waktu kaunter: Ahad hingga Khamis, 8.00 pagi hingga 5.00 petang."""),
]))

DOCS.append(dict(
    id="my/hulu-terengganu/sisa-pukal.md", fmt="md",
    title="Kutipan Sisa Pukal di Daerah Hulu Terengganu",
    region="Hulu Terengganu", agency="Majlis Daerah Hulu Terengganu (MDHT)",
    source="https://www.mdht.example.invalid/perkhidmatan/sisa-pukal",
    updated="2026-02-05",
    sections=[
("Definisi Sisa Pukal",
"""Sisa pukal ialah barang buangan rumah yang terlalu besar untuk dimasukkan ke dalam tong sampah biasa, seperti perabot lama, tilam, peti sejuk, mesin basuh dan dahan pokok yang telah dipotong.

Sampah harian isi rumah yang dimasukkan ke dalam tong tidak termasuk dalam perkhidmatan ini dan dikutip mengikut jadual kutipan sampah biasa di kawasan masing-masing."""),
("Kawasan Perkhidmatan",
"""Perkhidmatan kutipan sisa pukal disediakan di Bandar Kuala Berang, Ajil, Kuala Telemong, Tanggul dan kampung-kampung di sepanjang jalan utama yang menerima kutipan sampah harian Majlis.

Kampung yang terletak jauh dari jalan utama boleh memohon kutipan melalui Jawatankuasa Pembangunan dan Keselamatan Kampung (JPKK), yang akan mengumpulkan barang di satu lokasi."""),
("Jadual Kutipan Berjadual",
"""Kutipan berjadual dibuat sebulan sekali mengikut zon:

| Zon | Hari kutipan |
| Kuala Berang | Ahad minggu pertama |
| Ajil | Ahad minggu kedua |
| Kuala Telemong dan Tanggul | Ahad minggu ketiga |

Setiap rumah boleh mengeluarkan sehingga tiga barang pukal bagi setiap kutipan berjadual tanpa caj."""),
("Menyediakan Barang Untuk Dikutip",
"""Barang mesti diletakkan di tepi jalan hadapan rumah sebelum 7.30 pagi pada hari kutipan. Pintu peti sejuk perlu ditanggalkan dan dahan pokok diikat dengan panjang tidak melebihi 1.5 meter.

Barang yang diletakkan di atas longkang, di tengah laluan atau di tempat yang menghalang kenderaan tidak akan dikutip. Pastikan tiada sisa makanan di dalam peti sejuk."""),
("Permohonan Kutipan Khas",
"""Penduduk yang memerlukan kutipan segera di luar jadual boleh memohon kutipan khas melalui aplikasi Aduan MDHT atau WhatsApp 013-960 4418. Nyatakan alamat, jenis barang dan anggaran jumlah.

Permohonan boleh juga dibuat di kaunter Ibu Pejabat MDHT pada waktu pejabat. Pegawai akan memaklumkan caj dan tarikh kutipan melalui SMS."""),
("Caj Kutipan Khas",
"""| Jenis kutipan | Caj |
| Lori kecil (sehingga 1 tan) | RM 30 setiap trip |
| Lori 3 tan | RM 80 setiap trip |
| Dahan pokok melebihi 3 tan | RM 120 setiap trip |

Caj dibayar di kaunter atau portal eBayar MDHT sebelum kutipan dibuat.

Caj ini tidak dikenakan kepada warga emas berumur 70 tahun ke atas yang tinggal bersendirian."""),
("Tempoh Tindakan",
"""Kutipan khas dibuat dalam tempoh 5 hari bekerja selepas bayaran diterima. Penduduk akan dihubungi sehari sebelum kutipan bagi mengesahkan masa.

Semasa musim tengkujuh, kutipan mungkin ditangguhkan jika jalan ke kawasan berkenaan dinaiki air."""),
("Pembuangan Haram",
"""Membuang sisa pukal di tepi sungai, di tanah kosong atau di kawasan tong sampah awam tanpa kebenaran adalah satu kesalahan. Pesalah boleh dikenakan kompaun sehingga RM 1,000 dan kos pembersihan.

Orang ramai boleh melaporkan pembuangan haram dengan menghantar gambar, lokasi dan nombor pendaftaran kenderaan melalui aplikasi Aduan MDHT."""),
("Sisa Yang Tidak Diterima",
"""Perkhidmatan ini tidak menerima sisa terjadual seperti bateri kenderaan, cat, minyak terpakai dan sisa klinikal. Sisa tersebut perlu dilupuskan melalui syarikat berlesen Jabatan Alam Sekitar. Sisa binaan daripada kerja ubah suai rumah juga tidak dikutip dan perlu diuruskan oleh kontraktor."""),
("Soalan Yang Sering Ditanya",
"""### Bolehkah saya menghantar sendiri barang pukal?

Ya, ke tapak pengumpulan Majlis di Kuala Berang pada hari bekerja.

### Adakah tayar lama dikutip?

Ya, sehingga empat biji tayar bagi setiap rumah.

### Bagaimana jika kutipan terlepas?

Buat aduan dalam tempoh 2 hari melalui aplikasi Aduan MDHT."""),
("Saluran Hubungan",
"""Unit Kesihatan Awam dan Kebersihan, Ibu Pejabat MDHT, Jalan Tasik Kenyir, 21700 Kuala Berang.

Telefon: 09-681 2290. E-mel: kebersihan@mdht.example.invalid

Waktu pejabat: Ahad hingga Khamis, 8.00 pagi hingga 5.00 petang."""),
]))
