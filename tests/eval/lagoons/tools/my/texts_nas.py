"""Texts of the two national pages (data only); mini-markup as in texts_kl."""

from texts_kl import END

DOCS = []

DOCS.append(dict(
    id="my/nasional/ssm-pendaftaran-perniagaan.md", fmt="md", lang="ms", country="MY",
    region="Nasional", agency="Suruhanjaya Syarikat Malaysia (SSM)",
    title="Pendaftaran Perniagaan Milikan Tunggal dan Perkongsian dengan SSM",
    source="https://ssm.example.invalid/perniagaan/pendaftaran",
    updated="2026-01-06",
    sections=[
        ("Kewajipan Mendaftar Perniagaan", """
Setiap individu atau kumpulan yang menjalankan perniagaan di Semenanjung Malaysia dan Wilayah Persekutuan Labuan wajib mendaftar perniagaan dengan Suruhanjaya Syarikat Malaysia (SSM) sebelum memulakan operasi di bawah Akta Pendaftaran Perniagaan 1956."""),
        ("Bentuk Perniagaan Yang Boleh Didaftarkan", """
- Milikan tunggal: perniagaan yang dimiliki oleh seorang individu.
- Perkongsian: perniagaan yang dimiliki oleh 2 hingga 20 orang rakan kongsi.
Perniagaan boleh didaftarkan menggunakan nama sendiri seperti dalam kad pengenalan atau menggunakan nama perdagangan."""),
        ("Syarat Kelayakan", """
Pemilik dan setiap rakan kongsi mestilah warganegara Malaysia atau penduduk tetap dan berumur 18 tahun ke atas. Nama perdagangan yang dipohon tidak boleh menyerupai nama perniagaan lain yang telah berdaftar dan tidak boleh mengandungi perkataan yang dilarang."""),
        ("Fi Pendaftaran", """
| Jenis pendaftaran | Fi setahun |
| Menggunakan nama sendiri | RM 35 |
| Menggunakan nama perdagangan | RM 70 |
| Maklumat cawangan perniagaan | RM 8 bagi setiap cawangan |
| Cetakan sijil pendaftaran | RM 10 |
Pendaftaran boleh dibuat bagi tempoh 1 hingga 5 tahun sekali gus."""),
        ("Mendaftar Melalui EzBiz", """
Pendaftaran dibuat sepenuhnya dalam talian melalui portal EzBiz. Pemohon perlu mendaftar akaun EzBiz dan mengesahkan identiti di mana-mana kaunter SSM atau melalui pengesahan digital. Selepas itu, pemohon mengisi maklumat perniagaan, memilih kod aktiviti perniagaan dan membuat bayaran secara dalam talian."""),
        ("Tempoh Memproses Pendaftaran", """
Permohonan yang lengkap diluluskan dalam tempoh 1 hari bekerja. Permohonan yang memerlukan semakan nama perdagangan tambahan boleh mengambil masa sehingga 5 hari bekerja. Sijil pendaftaran boleh dimuat turun daripada akaun EzBiz."""),
        ("Pembaharuan Pendaftaran", """
Pendaftaran perniagaan mesti diperbaharui sebelum tarikh tamat yang tertera pada sijil. Pembaharuan boleh dibuat melalui EzBiz sehingga 30 hari sebelum tarikh tamat. Perniagaan yang lewat diperbaharui boleh dikenakan kompaun RM 50 dan perniagaan yang tidak diperbaharui dalam tempoh 30 hari selepas tamat akan dianggap telah ditamatkan."""),
        ("Perubahan Maklumat dan Penamatan", """
Sebarang perubahan alamat, rakan kongsi atau jenis perniagaan mesti dimaklumkan dalam tempoh 30 hari dari tarikh perubahan. Pemilik yang berhenti berniaga perlu memohon penamatan perniagaan melalui EzBiz dalam tempoh yang sama."""),
        ("Perkara Di Luar Halaman Ini", """
Halaman ini tidak meliputi pemerbadanan syarikat Sendirian Berhad (Sdn Bhd) dan Perkongsian Liabiliti Terhad (PLT). Kedua-duanya didaftarkan di bawah undang-undang yang berbeza melalui sistem MyCoID dan MyLLP."""),
        ("Soalan Lazim", """
### Adakah lesen majlis tempatan masih diperlukan selepas mendaftar dengan SSM?
Ya. Pendaftaran SSM tidak menggantikan lesen premis daripada pihak berkuasa tempatan.
### Bolehkah pelajar mendaftar perniagaan?
Boleh, jika berumur 18 tahun ke atas.
### Saya berniaga di Sabah, adakah saya mendaftar dengan SSM?
Tidak. Perniagaan di Sabah dan Sarawak didaftarkan dengan pihak berkuasa negeri masing-masing."""),
        ("Khidmat Pelanggan SSM", """
Talian khidmat pelanggan: 03-2299 4410, Isnin hingga Jumaat, 8.15 pagi hingga 5.15 petang. E-mel: aduan@ssm.example.invalid
Kaunter SSM beroperasi dari Isnin hingga Jumaat, 8.30 pagi hingga 4.00 petang.
""" + END),
    ]))

DOCS.append(dict(
    id="my/nasional/ptptn-bayaran-balik.md", fmt="md", lang="ms", country="MY",
    region="Nasional", agency="Perbadanan Tabung Pendidikan Tinggi Nasional (PTPTN)",
    title="Bayaran Balik Pinjaman PTPTN: Jadual, Diskaun, Penangguhan dan Senarai Hitam",
    source="https://ptptn.example.invalid/bayaran-balik",
    updated="2026-02-25",
    sections=[
        ("Permulaan Bayaran Balik", """
Peminjam Perbadanan Tabung Pendidikan Tinggi Nasional (PTPTN) mula membuat bayaran balik pinjaman 9 bulan selepas tamat pengajian, sama ada peminjam telah bekerja atau belum. Jadual bayaran balik dihantar kepada peminjam melalui e-mel dan akaun dalam talian."""),
        ("Jadual dan Ansuran Bulanan", """
Amaun ansuran bulanan bergantung kepada jumlah pinjaman dan tempoh bayaran balik yang ditetapkan, iaitu antara 5 hingga 20 tahun. Ansuran bulanan minimum ialah RM 50. Ujrah atau caj perkhidmatan dikenakan pada kadar 1% setahun."""),
        ("Saluran Membuat Bayaran", """
- Aplikasi PTPTN Mudah dan portal dalam talian PTPTN.
- Potongan gaji melalui majikan.
- Arahan debit terus daripada akaun bank.
- Kaunter PTPTN di seluruh negara dan kaunter bank yang dilantik.
Bayaran melalui aplikasi PTPTN Mudah dikemas kini dalam akaun peminjam dalam tempoh 2 hari bekerja."""),
        ("Diskaun Bayaran Balik", """
| Kaedah bayaran | Diskaun |
| Bayaran penuh sekali gus | 15% daripada baki pinjaman |
| Bayaran sekurang-kurangnya 50% baki sekali gus | 10% daripada bayaran |
| Potongan gaji atau debit terus 12 bulan berturut-turut | 5% daripada ansuran |
Kempen diskaun tambahan diumumkan dari semasa ke semasa."""),
        ("Penangguhan Bayaran Balik", """
Peminjam boleh memohon penangguhan bayaran balik jika:
- melanjutkan pengajian ke peringkat lebih tinggi;
- mempunyai pendapatan bulanan kurang daripada RM 2,000;
- menghidap penyakit kronik yang disahkan oleh hospital kerajaan.
Penangguhan diluluskan bagi tempoh maksimum 12 bulan bagi setiap permohonan."""),
        ("Cara Memohon Penangguhan", """
Permohonan dibuat melalui Borang Penangguhan PTPTN-BB9 di portal dalam talian PTPTN dengan memuat naik penyata gaji, surat tawaran pengajian atau laporan perubatan. Peminjam perlu terus membayar ansuran sehingga permohonan diluluskan."""),
        ("Tempoh Keputusan Permohonan", """
Permohonan penangguhan diputuskan dalam tempoh 14 hari bekerja. Keputusan dimaklumkan melalui e-mel dan SMS, dan boleh disemak dalam akaun dalam talian."""),
        ("Senarai Hitam dan Sekatan Perjalanan", """
Peminjam yang tidak membuat bayaran balik selama 6 bulan berturut-turut boleh disenaraihitamkan dalam sistem maklumat kredit dan disekat daripada ke luar negara. Nama peminjam juga boleh dikemukakan kepada agensi pelaporan kredit."""),
        ("Keluar Daripada Senarai Hitam", """
Sekatan ke luar negara ditarik balik selepas peminjam membayar sekurang-kurangnya 10% daripada jumlah tunggakan atau menandatangani perjanjian penstrukturan semula. Penarikan sekatan diproses dalam tempoh 1 hari bekerja selepas bayaran disahkan."""),
        ("Yang Tidak Diliputi", """
Halaman ini tidak meliputi permohonan pinjaman PTPTN baharu dan simpanan Skim Simpanan Pendidikan Nasional (SSPN). Maklumat permohonan pinjaman diterangkan dalam halaman yang berasingan."""),
        ("Soalan Lazim", """
### Saya belum bekerja, adakah saya masih perlu membayar?
Ya, tetapi anda boleh memohon penangguhan jika pendapatan anda kurang daripada RM 2,000.
### Bolehkah ibu bapa membayar bagi pihak saya?
Boleh, dengan menggunakan nombor kad pengenalan peminjam.
### Adakah diskaun diberikan jika saya membayar lebih daripada ansuran?
Tiada diskaun bagi bayaran lebihan biasa, tetapi baki pinjaman akan berkurangan lebih cepat."""),
        ("Pusat Panggilan PTPTN", """
Pusat panggilan: 03-2193 3050, Isnin hingga Jumaat, 8.00 pagi hingga 6.00 petang. E-mel: bayaranbalik@ptptn.example.invalid
Kaunter PTPTN beroperasi dari Isnin hingga Jumaat, 8.30 pagi hingga 5.00 petang.
""" + END),
    ]))
