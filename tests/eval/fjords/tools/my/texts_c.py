"""Texts of the fjords-my documents (part C: national services)."""

DOCS_C = [
dict(id="my/nasional/i-suri-kwsp.md", fmt="md", updated="2026-01-12",
     source="https://kwsp.example.invalid/ahli/i-suri",
     title="Skim i-Suri KWSP untuk Suri Rumah", region="Malaysia",
     agency="Kumpulan Wang Simpanan Pekerja (KWSP)",
     sections=[
("Mengenai Skim i-Suri", """i-Suri ialah skim simpanan persaraan sukarela Kumpulan Wang Simpanan Pekerja (KWSP) untuk suri rumah. Skim ini membantu suri rumah yang tidak mempunyai pendapatan tetap membina simpanan hari tua sendiri, dengan sokongan insentif daripada Kerajaan."""),
("Syarat Kelayakan", """- Warganegara Malaysia berumur bawah 55 tahun.
- Suri rumah, ibu tunggal atau balu yang tidak bekerja dan tidak mempunyai pendapatan tetap.
- Berdaftar dalam pangkalan data eKasih atau penerima bantuan tunai Kerajaan.
- Berdaftar sebagai ahli KWSP; pendaftaran ahli baharu boleh dibuat serentak."""),
("Pendaftaran Skim", """Pendaftaran boleh dibuat di mana-mana cawangan KWSP dengan membawa MyKad, atau melalui aplikasi KWSP i-Akaun dengan memilih menu i-Suri. Pendaftaran diproses dalam tempoh 5 hari bekerja dan ahli dimaklumkan melalui SMS."""),
("Caruman Sukarela Ahli", """Ahli boleh mencarum pada bila-bila masa dengan jumlah minimum RM5 bagi setiap caruman. Jumlah maksimum caruman sukarela ialah RM100,000 setahun. Caruman boleh dibuat di kaunter KWSP, melalui perbankan dalam talian dengan FPX atau di kiosk KWSP."""),
("Insentif Kerajaan", """Kerajaan memberikan insentif tahunan kepada ahli i-Suri yang mencarum mengikut jumlah caruman terkumpul dalam tahun semasa.

| Caruman terkumpul setahun | Insentif Kerajaan |
|---|---|
| RM60 hingga RM119 | RM150 |
| RM120 hingga RM239 | RM300 |
| RM240 dan ke atas | RM480 |

Insentif dikreditkan ke akaun ahli pada bulan Mac tahun berikutnya."""),
("Caruman oleh Suami", """Suami yang bekerja boleh mengagihkan 2% daripada caruman syer pekerjanya kepada akaun isteri melalui Borang KWSP 1B (iS). Agihan ini tidak mengurangkan caruman majikan suami."""),
("Perlindungan Tambahan", """Ahli i-Suri yang mencarum sekurang-kurangnya RM60 setahun dilindungi oleh skim perlindungan hilang upaya dan kematian tanpa bayaran tambahan. Manfaat tunai sehingga RM2,500 dibayar kepada ahli atau waris."""),
("Pengeluaran Simpanan", """Simpanan i-Suri dikreditkan ke akaun ahli dan tertakluk kepada syarat pengeluaran KWSP yang biasa, seperti pengeluaran perumahan, pendidikan dan kesihatan. Permohonan pengeluaran diproses dalam tempoh 14 hari bekerja."""),
("Perkara Yang Tidak Diliputi", """Halaman ini tidak meliputi pengeluaran simpanan apabila mencapai umur 55 tahun dan skim i-Saraan untuk pekerja bekerja sendiri. Sila rujuk halaman berkaitan di portal KWSP untuk urusan tersebut."""),
("Soalan Lazim", """### Jika saya mula bekerja, adakah keahlian i-Suri dibatalkan?
Keahlian i-Suri tamat apabila majikan mula mencarum, tetapi simpanan kekal dalam akaun.

### Bolehkah anak mencarum untuk ibunya?
Boleh, sesiapa sahaja boleh mencarum ke akaun ahli dengan nombor keahlian.

### Bila saya boleh menyemak insentif?
Baki dan insentif boleh disemak dalam aplikasi KWSP i-Akaun."""),
("Hubungi KWSP", """Pusat Khidmat Pelanggan KWSP, telefon 03-89226000, beroperasi Isnin hingga Jumaat, 8.00 pagi hingga 6.00 petang. E-mel: isuri@kwsp.example.invalid. Cawangan KWSP dibuka Isnin hingga Jumaat, 8.30 pagi hingga 4.30 petang."""),
]),

dict(id="my/nasional/pembantu-rumah-asing.md", fmt="md", updated="2026-02-16",
     source="https://imi.example.invalid/perkhidmatan/pembantu-rumah-asing",
     title="Permit Pembantu Rumah Asing Jabatan Imigresen Malaysia", region="Malaysia",
     agency="Jabatan Imigresen Malaysia",
     sections=[
("Pengenalan Permit", """Permit pembantu rumah asing (PRA) membolehkan isi rumah di Malaysia menggaji seorang pembantu rumah warga asing secara sah. Permit dikeluarkan oleh Jabatan Imigresen Malaysia dan dilekatkan sebagai pas lawatan kerja sementara dalam pasport pembantu rumah."""),
("Syarat Majikan", """- Warganegara Malaysia berumur 25 tahun ke atas.
- Pendapatan isi rumah sekurang-kurangnya RM5,000 sebulan.
- Tidak mempunyai rekod kesalahan imigresen.
- Mempunyai anak bawah 15 tahun, ibu bapa warga emas atau ahli keluarga OKU yang memerlukan penjagaan, atau keperluan lain yang diluluskan."""),
("Negara Sumber dan Syarat Pembantu", """Pembantu rumah boleh diambil dari Indonesia, Filipina, Kemboja, Sri Lanka, Thailand, Vietnam dan India. Pembantu mesti berumur antara 21 hingga 45 tahun semasa permohonan pertama dan lulus pemeriksaan perubatan."""),
("Dokumen Diperlukan", """- Borang IMM.PRA-3 yang lengkap diisi.
- Salinan MyKad majikan dan pasangan.
- Penyata gaji tiga bulan terakhir.
- Salinan pasport pembantu yang sah sekurang-kurangnya 18 bulan.
- Kontrak pekerjaan yang ditandatangani kedua-dua pihak."""),
("Levi dan Fi", """| Perkara | Bayaran |
|---|---|
| Levi pembantu rumah pertama (setahun) | RM410 |
| Levi pembantu rumah kedua dan seterusnya (setahun) | RM590 |
| Fi pas lawatan kerja sementara (setahun) | RM60 |
| Fi visa | RM15 |
| Fi proses | RM10 |

Levi dibayar sekali gus bagi setiap tahun permit."""),
("Prosedur Permohonan", """Majikan memohon melalui portal eImigresen PRA atau agensi pekerjaan berlesen. Selepas kelulusan awal, pembantu memasuki Malaysia dengan visa rujukan dan mesti menjalani pemeriksaan perubatan dalam tempoh 30 hari dari tarikh ketibaan sebelum permit dilekatkan."""),
("Tempoh Pemprosesan", """Permohonan lengkap melalui portal diproses dalam tempoh 7 hari bekerja. Permohonan di kaunter mengambil masa sehingga 14 hari bekerja. Permit dikeluarkan untuk tempoh satu tahun bagi setiap kelulusan."""),
("Pembaharuan Permit", """Permohonan pembaharuan boleh dibuat seawal 3 bulan sebelum permit tamat. Permit boleh diperbaharui sehingga pembantu berumur 50 tahun. Pembantu mesti menjalani pemeriksaan perubatan semula setiap tahun sebelum pembaharuan."""),
("Penalti dan Kesalahan", """Pembaharuan selepas permit tamat dikenakan kompaun RM30 bagi setiap hari lewat. Menggaji pembantu tanpa permit yang sah merupakan kesalahan di bawah Akta Imigresen 1959/63 dan boleh didenda sehingga RM50,000 bagi setiap pembantu."""),
("Di Luar Skop Permit Ini", """Halaman ini tidak meliputi pas lawatan kerja sementara untuk pekerja asing dalam sektor perladangan, pembinaan, perkilangan atau perkhidmatan. Halaman ini juga tidak meliputi pas ekspatriat untuk pekerja profesional."""),
("Soalan Lazim", """### Bolehkah pembantu bekerja di rumah saudara saya?
Tidak, pembantu hanya boleh bekerja di alamat majikan yang didaftarkan.

### Bagaimana jika pembantu melarikan diri?
Majikan mesti melaporkan kepada Jabatan Imigresen dalam tempoh 14 hari.

### Bolehkah saya menukar pembantu sebelum permit tamat?
Boleh, tetapi baki levi tidak dikembalikan."""),
("Hubungi Jabatan Imigresen", """Bahagian Pas Lawatan Kerja, Jabatan Imigresen Malaysia, Putrajaya. Telefon: 03-88801555. E-mel: pra@imi.example.invalid. Kaunter dibuka Isnin hingga Jumaat, 7.30 pagi hingga 5.30 petang."""),
]),
]
