"""Write ../questions.jsonl and ../conversations.jsonl from the lists below."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

AKTA = "id/depok/akta-kematian.md"
MAKAM = "id/depok/izin-makam-tpu.md"
FOG = "id/depok/permohonan-fogging.html"
PINDAH = "id/cirebon/pindah-datang.md"
PKL = "id/cirebon/izin-pkl.md"
TINJA = "id/cirebon/sedot-tinja.pdf"
GOR = "id/cirebon/sewa-gor-bima.html"
AMBU = "id/jayapura/ambulans-gratis.md"
PERPUS = "id/jayapura/keanggotaan-perpustakaan.docx"
REKLAME = "id/jayapura/pajak-reklame.md"
JKP = "id/nasional/jaminan-kehilangan-pekerjaan.md"
NIKAH = "id/nasional/pendaftaran-nikah-kua.md"

ANSWERABLE = [
    # akta kematian (Depok) - 5
    ("telat lapor kematian bapak udh 2 bulanan, kena denda gk? brp?", AKTA, "Rp 50.000"),
    ("akta kematian bs diurus onlen gk, pake aplikasi apa", AKTA, "SiDukDepok"),
    ("kalo urus akta meninggal lwt online brp lama jadinya?", AKTA, "3 hari kerja"),
    ("dukcapil buka sabtu gk ya buat ngurus akta kematian", AKTA, "12.00"),
    ("akta kematiannya bs dikirim kurir ke rmh? ongkirnya brp", AKTA, "Rp 18.000"),
    # izin makam TPU (Depok) - 4
    ("biaya makam di tpu kalo almarhum bukan ktp depok brp ya", MAKAM, "Rp 350.000"),
    ("izin makam berlakunya brp taun sih", MAKAM, "3 tahun"),
    ("perpanjnag izin makam ortu biayanya brp", MAKAM, "Rp 75.000"),
    ("klo izin makam gk diperpanjang2 lama2 gmn? dibongkar kah", MAKAM, "2 tahun"),
    # fogging (Depok) - 4
    ("tetangga kena dbd, fogging nya dtg brp kali?", FOG, "2 siklus"),
    ("fogging tu radius brp meter dr rmh pasien", FOG, "200 meter"),
    ("abis lapor dbd ke puskesmas kpn petugas dtg ngecek?", FOG, "3x24 jam"),
    ("mau fogging swadaya di perumahan, rekomendasi puskesmas brp lama keluarnya", FOG, "2 hari kerja"),
    # pindah datang (Cirebon) - 5
    ("skpwni berlaku brp lama gan", PINDAH, "100 hari"),
    ("daftar pindah datang online lewat app apa ya", PINDAH, "SiPinter"),
    ("ktp baru abis pindah, kalo blangko abis nunggu brp lama?", PINDAH, "14 hari kerja"),
    ("gerai dukcapil di mpp cirebon sabtu buka smpe jam brp", PINDAH, "13.00"),
    ("baru pindah ke cirebon, lapor ke dukcapil paling telat brp hari stlh nyampe?", PINDAH, "30 hari"),
    # PKL (Cirebon) - 4
    ("retrbusi lapak pkl sehari brp", PKL, "Rp 3.000"),
    ("jualan di kawasan kuliner jl kartini boleh mulai jam brp?", PKL, "16.00"),
    ("kartu pkl berlaku brp lama, kpn hrs daftar ulang", PKL, "1 tahun"),
    ("gerobak sy diangkut satpol pp, bs diambil smpe kpn??", PKL, "14 hari"),
    # sedot tinja (Cirebon, PDF) - 4
    ("sedot wc rumah sekali sedot brp", TINJA, "Rp 350.000"),
    ("rumah sy masuk gang jauh, kalo selangnya lebih dr 40 meter nambah brp?", TINJA, "Rp 25.000"),
    ("pesen sedot tinja dlh lewat wa nomornya brp", TINJA, "0822-1400-8899"),
    ("sedot septic tank hari minggu bs gk? ada biaya tambahan?", TINJA, "Rp 150.000"),
    # GOR Bima (Cirebon, HTML) - 4
    ("sewa lapangan badminton di gor malem2 brp per jam ya", GOR, "Rp 60.000"),
    ("kalo cancel booking gor seminggu sblmnya uang balik brp persen", GOR, "75 persen"),
    ("booking gor bima pake aplikasi apa", GOR, "SiGOR"),
    ("sewa gor buat resepsi nikahan sehari brp ya", GOR, "Rp 4.500.000"),
    # ambulans gratis (Jayapura) - 4
    ("ambulans jenazah ke keerom bayar brp", AMBU, "Rp 7.500"),
    ("ambulans gratis bs buat anter cuci darah gk", AMBU, "2 kali seminggu"),
    ("no wa psc 119", AMBU, "0813-4400-1190"),
    ("rumah di muara tami, ambulans nyampe brp menit biasanya?", AMBU, "45 menit"),
    # perpustakaan (Jayapura, DOCX) - 4
    ("kartu perpus ilang, cetak ulang brp", PERPUS, "Rp 15.000"),
    ("udh telat 3 hari balikin buku perpus, dendanya brp sehari?", PERPUS, "Rp 1.000"),
    ("pinjem buku perpus boleh brp lama", PERPUS, "14 hari"),
    ("ebook perpus kota bisa dibaca lwt app apa", PERPUS, "iPustaka"),
    # pajak reklame (Jayapura) - 4
    ("tarif pajak reklame brp persen", REKLAME, "25 persen"),
    ("pajak spanduk promo toko seminggu brp?", REKLAME, "Rp 20.000"),
    ("telat bayar pajak baliho dendanya brp", REKLAME, "1 persen"),
    ("skpd pajak reklame udh keluar, due nya kpn?", REKLAME, "30 hari"),
    # JKP (nasional) - 4
    ("klaim jkp paling telat kpn sih abis kena phk kemarin", JKP, "3 bulan"),
    ("jkp dapet brp persen dr gaji", JKP, "60 persen"),
    ("minimal iuran brp bulan biar bs claim jkp?", JKP, "12 bulan"),
    ("apply jkp lewat portal apa ya bro", JKP, "Pasker Nusantara"),
    # nikah KUA (nasional) - 4
    ("kalo akad nikah di rumah sendiri bayar brp ke kua?", NIKAH, "Rp 600.000"),
    ("daftar nikah ke kua paling lambat brp hari sblm akad?", NIKAH, "10 hari kerja"),
    ("umur minimal nikah brp thn skrg", NIKAH, "19 tahun"),
    ("daftar nikah online pake apk apa", NIKAH, "Pusaka Nikah"),
]

NOT_COVERED = [
    # close
    "bikin akta kelahiran anak syaratnya apa aja?",
    "cara minta fogging di bekasi gmn ya, ada tetangga kena dbd",
    "cara klaim jht bpjs tk online gmn, saldo sy mau dicairin",
    "bayar pbb rumah di jayapura due date nya kpn",
    "mau pindah keluar dr cirebon ke surabaya, bikin skpwni nya gmn",
    # far
    "resep ayam geprek sambel bawang dong",
    "hp 2 jutaan yg kameranya bagus apa ya",
    "skor persib tadi malem brp",
    "obat sakit gigi alami yg ampuh apa ya, udh 2 hari cenat cenut",
    "kucing sy muntah2 trs knp ya",
]

CONVERSATIONS = [
    ("id-akta-kematian", [
        ("mau urus akta kematian alm kakek, syaratnya apa aja?", "start", AKTA),
        ("biayanya brp?", "follow", AKTA),
        ("bs online gk?", "follow", AKTA),
        ("oh iya sekalian, izin makam di tpu perpanjangnya brp ya?", "new", MAKAM),
        ("itu berlakunya brp taun?", "follow", MAKAM),
    ]),
    ("id-sedot-tinja", [
        ("septic tank rumah udh penuh, gmn cara pesen sedot tinja?", "start", TINJA),
        ("tarifnya brp?", "follow", TINJA),
        ("hari minggu bs gk?", "follow", TINJA),
    ]),
    ("id-gor-bima", [
        ("mau sewa gor bima buat futsal kantor", "start", GOR),
        ("per jamnya brp kalo malem?", "follow", GOR),
        ("btw kalo mau jualan makanan di pujasera stadion bima perlu daftar apa?", "new", PKL),
        ("retribusinya sehari brp?", "follow", PKL),
    ]),
    ("id-perpustakaan", [
        ("daftar anggota perpus kota gmn sih", "start", PERPUS),
        ("bayar gk?", "follow", PERPUS),
        ("sekali pinjem boleh brp buku?", "follow", PERPUS),
        ("sabtu buka gk", "follow", PERPUS),
    ]),
    ("id-jkp", [
        ("baru kena phk, bs dapet jkp gk ya", "start", JKP),
        ("dapetnya brp?", "follow", JKP),
        ("sekalian nanya, mau nikah bulan depan, daftar ke kua kpn paling telat?", "new", NIKAH),
        ("kalo akadnya di rumah bayar gk?", "follow", NIKAH),
    ]),
]


def main() -> None:
    with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as fh:
        for q, doc, fact in ANSWERABLE:
            fh.write(json.dumps({"q": q, "lang": "id", "country": "ID", "docs": [doc],
                                 "fact": fact}, ensure_ascii=False) + "\n")
        for q in NOT_COVERED:
            fh.write(json.dumps({"q": q, "lang": "id", "country": "ID", "docs": []},
                                ensure_ascii=False) + "\n")
    with open(ROOT / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for cid, turns in CONVERSATIONS:
            fh.write(json.dumps({"id": cid, "lang": "id", "country": "ID",
                                 "turns": [{"q": q, "kind": k, "docs": [d]} for q, k, d in turns]},
                                ensure_ascii=False) + "\n")
    print(len(ANSWERABLE) + len(NOT_COVERED), "questions,", len(CONVERSATIONS), "conversations")


if __name__ == "__main__":
    main()
