"""Further paragraphs appended to named sections (data only): doc id -> {heading: text}."""

EXTRA = {
    "my/kuala-langat/cukai-taksiran.md": {},
    "my/kuala-langat/lesen-penjaja-pasar-malam.pdf": {
        "Pengenalan Lesen Penjaja": "Lesen penjaja membolehkan majlis memastikan kebersihan makanan, kelancaran lalu lintas dan keselamatan pengunjung di tapak perniagaan. Setiap lesen dikeluarkan atas nama pemohon sahaja dan tidak boleh dipinjamkan, dijual atau dipindahkan kepada orang lain.",
        "Langkah Memohon": "Pemohon yang memilih portal perlu memuat naik semua dokumen dalam format yang jelas. Permohonan yang tidak lengkap akan dikembalikan melalui e-mel dan pemohon perlu menghantar semula dokumen yang diminta sebelum permohonan diproses.",
    },
    "my/kuala-langat/sewa-dewan.html": {
        "Menempah Secara Dalam Talian": "Penyewa dinasihatkan menyemak kalendar kekosongan terlebih dahulu kerana tarikh pada hujung minggu dan musim cuti sekolah lazimnya penuh lebih awal. Setiap akaun hanya boleh memegang satu tempahan yang belum dibayar pada satu masa.",
        "Peraturan Semasa Penggunaan": "Penyewa dan tetamu hendaklah mematuhi arahan petugas dewan pada setiap masa. Majlis berhak menghentikan aktiviti yang mengganggu ketenteraman penduduk sekitar.",
    },
    "my/kuala-langat/kompaun-dan-rayuan.md": {
        "Maksud Kompaun Majlis": "Pembayaran kompaun bermaksud kesalahan tersebut diselesaikan dan tiada pendakwaan akan dibuat bagi kesalahan yang sama. Pemilik kenderaan bertanggungjawab ke atas kompaun walaupun kenderaan itu dipandu oleh orang lain pada masa kesalahan.",
        "Menyemak dan Membayar Kompaun": "Setiap bayaran akan menerima resit rasmi yang perlu disimpan sebagai bukti. Status kompaun dalam sistem dikemas kini dalam tempoh satu hari bekerja selepas bayaran di kaunter.",
    },
    "my/jempol/lesen-perniagaan.docx": {
        "Skop Lesen Premis": "Lesen ini memastikan premis perniagaan mematuhi syarat kebersihan, keselamatan kebakaran dan perancangan. Lesen mesti dipamerkan di tempat yang mudah dilihat di dalam premis sepanjang tempoh perniagaan dijalankan.",
        "Cara Permohonan Dibuat": "Bagi premis makanan, pemeriksaan juga dijalankan oleh pegawai kesihatan persekitaran untuk memastikan dapur, tandas dan sistem pembuangan sisa memenuhi syarat. Pemohon akan dihubungi melalui telefon untuk menetapkan tarikh pemeriksaan.",
    },
    "my/jempol/tebang-pokok.md": {
        "Perkhidmatan Yang Disediakan": "Kerja-kerja ini dijalankan oleh pasukan penyelenggaraan majlis yang dilengkapi lori kren dan peralatan keselamatan. Orang ramai dinasihatkan supaya tidak memanjat atau menebang sendiri pokok yang tinggi berhampiran wayar elektrik.",
        "Tempoh Pemeriksaan dan Pelaksanaan Kerja": "Pemohon akan dimaklumkan tarikh kerja sekurang-kurangnya dua hari lebih awal. Kenderaan yang diletakkan berhampiran pokok perlu dialihkan sebelum kerja bermula bagi mengelakkan kerosakan.",
    },
    "my/jempol/lesen-anjing.md": {
        "Kewajipan Melesenkan Anjing": "Pemilik anjing bertanggungjawab memastikan anjing dipelihara di dalam kawasan berpagar dan tidak mengganggu jiran. Najis anjing di kawasan awam hendaklah dibersihkan sendiri oleh pemilik.",
        "Prosedur Permohonan": "Pegawai majlis boleh membuat lawatan ke premis bagi memastikan kawasan pemeliharaan bersih, berpagar dan sesuai dengan bilangan anjing yang dipohon. Permohonan boleh ditolak jika premis tidak memenuhi syarat.",
    },
    "my/besut/sewa-gerai.html": {
        "Lokasi Gerai Majlis": "Gerai disediakan untuk membantu peniaga kecil tempatan, khususnya peniaga makanan, hasil laut dan kraf tangan. Keutamaan diberikan kepada pemohon yang belum pernah menyewa gerai majlis.",
        "Deposit dan Perjanjian Sewaan": "Deposit akan dikembalikan apabila perjanjian tamat, setelah ditolak tunggakan sewa, bil utiliti atau kos membaiki kerosakan gerai. Penyewa tidak dibenarkan mengubah struktur gerai tanpa kebenaran bertulis majlis.",
    },
    "my/besut/permit-iklan.md": {
        "Iklan Yang Memerlukan Permit": "Permit bertujuan memastikan iklan dipasang dengan selamat, tidak mencacatkan pemandangan bandar dan tidak mengandungi kandungan yang bercanggah dengan nilai masyarakat setempat.",
        "Syarat Pemasangan Iklan": "Papan tanda yang bercahaya mesti dipasang oleh kontraktor elektrik berdaftar. Iklan yang rosak, pudar atau senget hendaklah dibaiki atau ditanggalkan oleh pemilik.",
    },
    "my/besut/permit-ubah-suai.md": {
        "Bilakah Permit Ubah Suai Diperlukan": "Permit memastikan kerja ubah suai selamat, tidak menceroboh tanah jiran atau rizab jalan, dan tidak menghalang laluan longkang. Permit perlu diperoleh sebelum kerja dimulakan, bukan selepas kerja siap.",
        "Langkah Memohon Permit": "Semasa lawatan tapak, pemohon atau wakilnya perlu hadir untuk menunjukkan sempadan tanah dan kawasan kerja yang dicadangkan. Salinan permit yang diluluskan mesti dipamerkan di tapak sepanjang kerja dijalankan.",
    },
    "my/nasional/ssm-pendaftaran-perniagaan.md": {
        "Mendaftar Melalui EzBiz": "Pemohon disarankan menyemak ketersediaan nama perdagangan terlebih dahulu melalui fungsi carian nama dalam EzBiz sebelum menghantar permohonan.",
    },
    "my/nasional/ptptn-bayaran-balik.md": {
        "Saluran Membuat Bayaran": "Peminjam disarankan menyimpan resit atau rujukan transaksi bagi setiap bayaran sehingga baki pinjaman dikemas kini.",
    },
}

MORE = {
    "my/kuala-langat/lesen-penjaja-pasar-malam.pdf": {
        "Syarat Kelayakan Pemohon": "Keutamaan diberikan kepada golongan berpendapatan rendah, ibu tunggal dan orang kurang upaya yang berdaftar dengan Jabatan Kebajikan Masyarakat. Pemohon yang pernah dibatalkan lesennya kerana melanggar syarat tidak layak memohon semula dalam tempoh setahun.",
    },
    "my/kuala-langat/kompaun-dan-rayuan.md": {
        "Had Masa Menjelaskan Kompaun": "Sekiranya tarikh akhir jatuh pada hari cuti umum, bayaran boleh dibuat pada hari bekerja yang berikutnya tanpa tindakan lanjut.",
    },
    "my/kuala-langat/sewa-dewan.html": {
        "Siapa Boleh Membuat Tempahan": "Tempahan bagi tujuan politik, perhimpunan awam dan jualan langsung memerlukan kelulusan khas daripada Yang Dipertua majlis.",
    },
    "my/jempol/lesen-perniagaan.docx": {
        "Pemohon Yang Layak": "Pemohon warganegara asing tidak dibenarkan memohon lesen premis bagi perniagaan runcit kecil. Bagi premis di kawasan Felda, pemohon perlu mengemukakan surat sokongan daripada pengurus rancangan berkenaan.",
    },
    "my/jempol/tebang-pokok.md": {
        "Syarat Permohonan": "Bagi pokok yang terletak di sempadan dua lot tanah, permohonan hendaklah disertakan persetujuan bertulis kedua-dua pemilik tanah. Pokok warisan dan pokok yang dilindungi tidak akan ditebang kecuali membahayakan nyawa.",
    },
    "my/jempol/lesen-anjing.md": {
        "Syarat Sebelum Memohon": "Sijil vaksin dan maklumat mikrocip mesti dikeluarkan oleh klinik veterinar yang berdaftar di Malaysia. Anjing yang dibawa masuk dari negeri lain perlu disertakan salinan lesen lama, jika ada.",
    },
    "my/besut/sewa-gerai.html": {
        "Kelayakan Penyewa": "Pemohon yang berdaftar sebagai penerima bantuan Jabatan Kebajikan Masyarakat atau asnaf zakat akan diberi pertimbangan khas. Setiap isi rumah hanya dibenarkan menyewa satu gerai milik majlis pada satu masa.",
    },
    "my/besut/permit-iklan.md": {
        "Permohonan Secara Dalam Talian": "Pemohon perlu mendaftar akaun menggunakan nombor kad pengenalan atau nombor pendaftaran syarikat. Status permohonan boleh disemak pada bila-bila masa dan notifikasi kelulusan dihantar melalui e-mel.",
    },
    "my/besut/permit-ubah-suai.md": {
        "Tempoh Mendapat Keputusan": "Permohonan yang tidak lengkap atau memerlukan pindaan pelan akan dikembalikan kepada pemohon, dan tempoh keputusan dikira semula dari tarikh dokumen lengkap diterima. Keputusan juga boleh disemak melalui portal eBina MDB.",
    },
    "my/nasional/ssm-pendaftaran-perniagaan.md": {
        "Kewajipan Mendaftar Perniagaan": "Pendaftaran memberi pengiktirafan undang-undang kepada perniagaan dan membolehkan pemilik membuka akaun bank perniagaan, memohon lesen daripada pihak berkuasa tempatan dan menyertai tender. Berniaga tanpa pendaftaran adalah satu kesalahan.",
    },
    "my/nasional/ptptn-bayaran-balik.md": {
        "Yang Tidak Diliputi": "Pertanyaan mengenai pengeluaran simpanan SSPN perlu dibuat terus kepada pusat panggilan.",
    },
}

for _doc_id, _more in MORE.items():
    for _heading, _text in _more.items():
        _have = EXTRA.setdefault(_doc_id, {}).get(_heading)
        EXTRA[_doc_id][_heading] = f"{_have}\n{_text}" if _have else _text
