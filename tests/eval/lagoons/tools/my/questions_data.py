"""The questions and conversations (data only). doc ids are relative to knowledge/."""

CT = "my/kuala-langat/cukai-taksiran.md"
PJ = "my/kuala-langat/lesen-penjaja-pasar-malam.pdf"
DW = "my/kuala-langat/sewa-dewan.html"
KP = "my/kuala-langat/kompaun-dan-rayuan.md"
LP = "my/jempol/lesen-perniagaan.docx"
TP = "my/jempol/tebang-pokok.md"
LA = "my/jempol/lesen-anjing.md"
SG = "my/besut/sewa-gerai.html"
PI = "my/besut/permit-iklan.md"
PU = "my/besut/permit-ubah-suai.md"
SSM = "my/nasional/ssm-pendaftaran-perniagaan.md"
PT = "my/nasional/ptptn-bayaran-balik.md"

# (question, doc, fact)
ANSWERABLE = [
    ("cukai taksiran rumah kat banting kira brp peratus ek", CT, "5.5%"),
    ("bila last day bayar cukai pintu penggal 1 mpkl?", CT, "28 Februari"),
    ("kalau lmbat bayar cukai taksiran kena denda brp", CT, "10%"),
    ("sy baru beli rumah kat jenjarom, nak tukar nama pemilik dlm rekod cukai tu brp lama siap", CT, "14 hari bekerja"),
    ("dpt notis nilai tahunan baru, mahal gila. nak bantah ada brp hari je?", CT, "30 hari"),

    ("lesen penjaja statik kuala langat brp setahun", PJ, "RM 60 setahun"),
    ("pasar mlm jenjarom hari apa ek", PJ, "Khamis"),
    ("aku dah hantar borang lesen penjaja, biasa brp lama baru lulus?", PJ, "7 hari bekerja"),
    ("kalau berniaga x de lesen kat tepi jalan banting kena saman brp", PJ, "RM 250"),

    ("sewa dewan orang ramai banting sehari brp", DW, "RM 850"),
    ("deposit dewan mpkl brp ye", DW, "RM 300"),
    ("kalau cancel booking dewan lebih 2 minggu awal dapat refund ke", DW, "50%"),
    ("kenduri kat dewan majlis tu kena habis pkl brp", DW, "11.00 malam"),

    ("kompaun parking brp", KP, "RM 30"),
    ("dpt kompaun letak kereta mpkl, kalau bayar cepat dpt diskaun x", KP, "50%"),
    ("dah hantar rayuan kompaun, brp lama nak dapat jawapan", KP, "10 hari bekerja"),
    ("app ape nak check kompaun majlis kuala langat", KP, "LangatPay"),

    ("lesen kedai kat bahau, luas dlm 100 meter persegi, brp setahun", LP, "RM 150"),
    ("lesen kedai sy hilang, nak buat salinan baru kat mdj kena bayar brp", LP, "RM 10"),
    ("terlupa renew lesen kedai kat jempol, denda dia brp", LP, "RM 20 bagi setiap bulan"),
    ("tgh tunggu lesen kedai lulus, lesen sementara leh dpt dlm brp hari", LP, "2 hari bekerja"),

    ("nak tebang pokok besar dlm kawasan rumah sy kat bahau, majlis caj brp", TP, "RM 400"),
    ("pokok tumbang halang jalan kat rompin, no kecemasan majlis apa", TP, "06-458 9911"),
    ("lps apply tebang pokok brp lama org majlis dtg tgk", TP, "5 hari bekerja"),
    ("jiran tebang pokok besar x mintak izin majlis, boleh kena denda ke", TP, "RM 2,000"),

    ("lesen anjing betina brp jempol", LA, "RM 40"),
    ("dok rumah teres kat bandar seri jempol, blh bela brp ekor anjing", LA, "2 ekor"),
    ("anjing aku terlepas kena tangkap majlis, nak tebus brp", LA, "RM 100"),
    ("renew lesen anjing paling lewat bila", LA, "31 Januari"),

    ("sewa gerai medan selera kuala besut sebulan brp", SG, "RM 180"),
    ("perjanjian sewa gerai majlis daerah besut brp tahun", SG, "2 tahun"),
    ("kalau lmbat bayar sewa gerai kena caj tambahan ke", SG, "5%"),
    ("dah pi temuduga gerai, bila dpt tau result", SG, "30 hari"),

    ("permit banner kat jerteh brp sekeping", PI, "RM 10"),
    ("nak pasang bunting program surau, brp lama permit lulus", PI, "3 hari bekerja"),
    ("iklan sy kena cabut majlis sbb xde permit, kos tanggal tu brp", PI, "RM 50"),
    ("portal apa nak mohon permit iklan besut online", PI, "eIklan MDB"),

    ("nak buat bumbung anjung rumah kat kampung raja, fee permit brp", PU, "RM 80"),
    ("permit ubah suai rumah mdb brp lama baru lulus", PU, "21 hari bekerja"),
    ("permit renovate rumah tu valid brp lama", PU, "6 bulan"),
    ("kalau buat extension dapur x mintak permit apa jadi, kena brp", PU, "RM 1,000"),

    ("daftar bisnes ssm guna nama sendiri brp", SSM, "RM 35"),
    ("brp hari nak dpt sijil ssm lps apply", SSM, "1 hari bekerja"),
    ("ssm sy dah expired lama x renew, kena kompaun ke brp", SSM, "RM 50"),
    ("partnership ssm max blh brp org", SSM, "20 orang"),

    ("ptptn kena start bayar bila lps grad", PT, "9 bulan"),
    ("kalau settle ptptn sekali gus dapat diskaun brp", PT, "15%"),
    ("gaji bawah brp baru blh tangguh bayar ptptn", PT, "RM 2,000"),
    ("brp bulan x bayar ptptn baru kena blacklist", PT, "6 bulan berturut-turut"),
    ("nak g umrah tapi kena sekat sbb ptptn, kena bayar brp baru lepas", PT, "10% daripada jumlah tunggakan"),
]

# (question, kind, why)
NOT_COVERED = [
    ("cukai pintu rumah kat jerteh bayar kat mana? kadar brp", "close",
     "cukai taksiran is covered only for Kuala Langat; Besut has no such page"),
    ("nak buat lesen anjing kat banting camne", "close",
     "dog licences are covered only for Jempol"),
    ("nak daftar sdn bhd kat ssm brp kos semua", "close",
     "the SSM page says it does not cover Sdn Bhd incorporation (MyCoID)"),
    ("camne nak mohon pinjaman ptptn utk sambung degree tahun ni", "close",
     "the PTPTN page says new loan applications are not covered"),
    ("sofa lama nak buang, sapa angkut sampah pukal kat bahau? nak book camne", "close",
     "the Jempol tree page says bulky waste is SWCorp's, not covered"),
    ("resepi rendang tok yg sedap camne ek", "far", "cooking"),
    ("jdt menang x mlm tadi lawan selangor", "far", "football"),
    ("hp bawah rm1000 yg power skrg ape", "far", "phones"),
    ("esok hujan x kat kl, nak pi jogging", "far", "weather"),
    ("cite seram melayu best kat netflix ape skrg", "far", "films"),
]

CONVERSATIONS = [
    ("my-c1", [
        ("sy nak sewa dewan kat jenjarom utk kenduri kawin bulan depan", "start", DW),
        ("brp sewa sehari?", "follow", DW),
        ("deposit ada ke", "follow", DW),
        ("oh ya, kalau parking tepi jalan depan dewan tu x bayar kena kompaun brp", "new", KP),
    ]),
    ("my-c2", [
        ("ptptn sy dah lama x bayar, takut kena blacklist", "start", PT),
        ("kalau nak tangguh dulu blh ke? gaji kecik", "follow", PT),
        ("brp lama dapat jawapan?", "follow", PT),
    ]),
    ("my-c3", [
        ("nak bukak kedai runcit kat bahau, lesen majlis camne", "start", LP),
        ("fee dia brp?", "follow", LP),
        ("ssm pun kena daftar dulu ke? brp", "new", SSM),
        ("boleh buat online?", "follow", SSM),
    ]),
    ("my-c4", [
        ("nak pasang kain rentang program kampung kat jerteh", "start", PI),
        ("brp sekeping", "follow", PI),
        ("lama ke nak lulus?", "follow", PI),
        ("pastu nak sewa gerai kat pasar besar jerteh pulak, sewa sebulan brp", "new", SG),
        ("deposit brp?", "follow", SG),
    ]),
    ("my-c5", [
        ("anjing sy dah 5 bulan, kena buat lesen ke kat jempol", "start", LA),
        ("brp ringgit", "follow", LA),
        ("pokok rambutan depan rumah dah condong nak tumbang, majlis leh tebang x", "new", TP),
        ("satu lagi, lesen penjaja pasar malam kat banting camne nak mohon", "new", PJ),
    ]),
]
