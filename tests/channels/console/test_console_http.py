"""The staff console over real HTTP (uvicorn): login, CSRF, lockout, cookie flags, headers,
escaping of untrusted text, the pages, roles, and passwords kept out of the database."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from bot.assistant import Assistant
from bot.state.staff import StaffStore
from bot.state.store import Feedback, RefusedQuestion, Store
from tests.channels.console.conftest import (
    ADMIN_PASSWORD,
    PASSWORD,
    MemoryBoard,
    csrf_of,
    log_in,
)
from tests.helpers.fixtures import unsure as unsure_desk

PAGES = ("/staff/", "/staff/refused", "/staff/feedback", "/staff/review", "/staff/reports",
         "/staff/audit")


def cookie_header(response: httpx.Response, name: str) -> str:
    found = [v for v in response.headers.get_list("set-cookie") if v.startswith(name + "=")]
    assert found, response.headers
    return found[0]


def test_every_page_without_a_session_redirects_to_the_login(client: httpx.Client) -> None:
    for path in PAGES:
        response = client.get(path)
        assert (response.status_code, response.headers["location"]) == (303, "/staff/login")
    assert client.post("/staff/logout", data={"csrf_token": "x"}).status_code == 303
    client.cookies.set("tk_staff", "a-made-up-token", path="/staff")
    assert client.get("/staff/").status_code == 303


def test_login_page_has_a_csrf_field_and_the_security_headers(client: httpx.Client) -> None:
    page = client.get("/staff/login")
    assert page.status_code == 200
    assert len(csrf_of(page.text)) >= 32
    # one policy, the console's own: a second (the API's) would block its stylesheet
    assert page.headers.get_list("content-security-policy") == [
        page.headers["content-security-policy"]]
    csp = page.headers["content-security-policy"]
    assert "style-src 'self'" in csp
    assert "default-src 'none'" in csp and "script-src" not in csp
    assert "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
    assert page.headers["x-frame-options"] == "DENY"
    assert page.headers["cache-control"] == "no-store"
    assert "<script" not in page.text and " style=" not in page.text
    login_cookie = cookie_header(page, "tk_staff_login").lower()
    assert "httponly" in login_cookie and "samesite=strict" in login_cookie
    css = client.get("/staff/console.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")


def test_login_sets_a_strict_http_only_session_cookie(client: httpx.Client) -> None:
    response = log_in(client)
    assert (response.status_code, response.headers["location"]) == (303, "/staff/")
    cookie = cookie_header(response, "tk_staff").lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/staff" in cookie
    assert "max-age=28800" in cookie  # TANYAKOTA_STAFF_SESSION_HOURS, default 8
    assert "secure" not in cookie  # TANYAKOTA_STAFF_INSECURE_COOKIES=true in these tests
    overview = client.get("/staff/")
    assert overview.status_code == 200 and "siti" in overview.text
    assert overview.headers["x-frame-options"] == "DENY"
    assert overview.headers["cache-control"] == "no-store"


def test_session_cookie_is_secure_by_default(serve_console: Callable[..., str]) -> None:
    url = serve_console(staff_insecure_cookies=False)
    with httpx.Client(base_url=url, follow_redirects=False) as client:
        page = client.get("/staff/login")
        login_cookie = cookie_header(page, "tk_staff_login")
        # httpx keeps Secure cookies off plain http: send the value by hand
        value = login_cookie.split(";")[0].split("=", 1)[1]
        response = client.post("/staff/login", headers={"cookie": f"tk_staff_login={value}"},
                               data={"csrf_token": csrf_of(page.text), "username": "siti",
                                     "password": PASSWORD})
    assert response.status_code == 303
    assert "; secure" in cookie_header(response, "tk_staff").lower()


def test_login_without_or_with_a_wrong_csrf_token_is_refused(client: httpx.Client) -> None:
    client.get("/staff/login")
    data = {"username": "siti", "password": PASSWORD}
    assert client.post("/staff/login", data=data).status_code == 403
    assert client.post("/staff/login", data={**data, "csrf_token": "0" * 43}).status_code == 403
    client.cookies.clear()
    page = httpx.get(str(client.base_url) + "/staff/login")
    response = client.post("/staff/login", data={**data, "csrf_token": csrf_of(page.text)})
    assert response.status_code == 403  # a token without its cookie
    assert "tk_staff=" not in ";".join(response.headers.get_list("set-cookie"))


def test_wrong_password_gets_401_and_the_form_again(client: httpx.Client,
                                                    staff: StaffStore) -> None:
    response = log_in(client, password="salah-sekali-123")
    assert response.status_code == 401
    assert "Nama pengguna atau kata sandi salah." in response.text
    assert csrf_of(response.text) and 'value="siti"' in response.text
    assert log_in(client, username="tidak-ada").status_code == 401
    actions = [(e.username, e.action) for e in staff.audit_log()]
    assert actions[:2] == [(None, "login_failed"), ("siti", "login_failed")]


def test_five_failures_for_one_user_lock_it_from_any_address(url: str) -> None:
    for n in range(5):
        transport = httpx.HTTPTransport(local_address=f"127.0.0.{n + 2}")
        with httpx.Client(base_url=url, transport=transport) as client:
            assert log_in(client, password=f"salah-{n}-xxxxxx").status_code == 401
    with httpx.Client(base_url=url, transport=httpx.HTTPTransport(
            local_address="127.0.0.9")) as client:
        locked = log_in(client)  # the right password, too late
        assert locked.status_code == 429
        assert 1 <= int(locked.headers["retry-after"]) <= 15 * 60
        assert "Terlalu banyak percobaan" in locked.text
        assert log_in(client, "admin", ADMIN_PASSWORD).status_code == 303  # others may


def test_five_failures_from_one_address_lock_every_user_there(client: httpx.Client,
                                                              url: str) -> None:
    for n in range(5):
        assert log_in(client, username=f"tebak{n}").status_code == 401
    locked = log_in(client, "admin", ADMIN_PASSWORD)
    assert locked.status_code == 429 and int(locked.headers["retry-after"]) > 0
    with httpx.Client(base_url=url, transport=httpx.HTTPTransport(
            local_address="127.0.0.3"), follow_redirects=False) as other:
        assert log_in(other, "admin", ADMIN_PASSWORD).status_code == 303


def test_logout_needs_the_csrf_token_and_ends_the_session_server_side(
        client: httpx.Client) -> None:
    log_in(client)
    token = client.cookies["tk_staff"]
    page = client.get("/staff/")
    assert client.post("/staff/logout").status_code == 403
    assert client.post("/staff/logout", data={"csrf_token": "nope"}).status_code == 403
    assert client.get("/staff/").status_code == 200  # still logged in
    response = client.post("/staff/logout", data={"csrf_token": csrf_of(page.text)})
    assert (response.status_code, response.headers["location"]) == (303, "/staff/login")
    client.cookies.set("tk_staff", token, path="/staff")  # the old cookie, replayed
    assert client.get("/staff/").status_code == 303


def test_session_expires_after_the_configured_hours(serve_console: Callable[..., str]
                                                    ) -> None:
    url = serve_console(staff_session_hours=1 / 3600)  # one second
    with httpx.Client(base_url=url, follow_redirects=False) as client:
        assert log_in(client).status_code == 303
        assert client.get("/staff/").status_code == 200
        time.sleep(1.5)
        assert client.get("/staff/").status_code == 303


def test_question_and_comment_with_html_are_shown_as_text(client: httpx.Client,
                                                          console_store: Store) -> None:
    evil = "<script>alert('x')</script> cara bikin KTP?"
    console_store.record_refusal(RefusedQuestion("web", evil, "id", "ID"))
    console_store.add_feedback(Feedback("web", "paspor", False, "id/paspor.md",
                                        comment='salah <b onmouseover="alert(1)">biaya</b>'))
    log_in(client)
    refused = client.get("/staff/refused")
    assert refused.status_code == 200
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; cara bikin KTP?" in refused.text
    assert "<script" not in refused.text
    assert "Tulis dokumen untuk ini" in refused.text
    feedback = client.get("/staff/feedback")
    assert "&lt;b onmouseover=&#34;alert(1)&#34;&gt;biaya&lt;/b&gt;" in feedback.text
    assert "<b onmouseover" not in feedback.text
    assert "Permohonan Paspor Biasa" in feedback.text  # the document's title
    reports = client.get("/staff/reports")
    assert "Jalan berlubang &lt;img src=x onerror=alert(1)&gt;" in reports.text


def test_refused_questions_are_grouped_with_their_count(client: httpx.Client,
                                                        console_store: Store) -> None:
    for question in ("jadwal buka samsat hari sabtu", "Jadwal buka samsat hari Sabtu?",
                     "samsat buka hari sabtu jam berapa", "harga tiket konser minggu depan"):
        console_store.record_refusal(RefusedQuestion("web", question, "id", "ID"))
    log_in(client)
    rows = client.get("/staff/refused").text.split("<tr>")[2:]
    assert '<td class="num">3</td>' in rows[0] and "jadwal buka samsat" in rows[0].lower()
    assert '<td class="num">1</td>' in rows[1] and "konser" in rows[1]


def test_suggested_and_not_covered_questions_are_shown_apart_from_refusals(
        client: httpx.Client, dated_assistant: Assistant, console_store: Store) -> None:
    desk = dated_assistant.with_store(console_store)
    strict = unsure_desk(desk)
    for _ in range(2):
        assert strict.ask("syarat bikin paspor apa aja", "ID").suggestions
    desk.ask("paspor saya hilang gimana", "ID")
    desk.ask("harga tiket konser minggu depan berapa", "ID")
    log_in(client)
    page = client.get("/staff/refused").text
    refused, rest = page.split('<section id="refused-questions">')[1].split(
        '<section id="not-covered">')
    not_covered, suggested = rest.split('<section id="suggested">')
    assert "konser" in refused and "paspor" not in refused
    assert '<span class="total">(1)</span>' in refused and "Tulis dokumen untuk ini" in refused
    assert "paspor saya hilang gimana" in not_covered and "konser" not in not_covered
    assert '<span class="total">(2)</span>' in suggested
    row = suggested.split("<tr>")[2]
    assert '<td class="num">2</td>' in row and "syarat bikin paspor apa aja" in row
    assert "Permohonan Paspor Biasa<br><code>id/paspor.md</code>" in row  # the page offered
    assert "Tambahkan kata-kata ini ke dokumennya" in row
    malay = client.get("/staff/refused?lang=ms").text
    assert "Diberi cadangan" in malay and "Dicadangkan" in malay


def test_overview_shows_the_index_and_answers_per_day(client: httpx.Client,
                                                      dated_assistant, console_store: Store
                                                      ) -> None:
    desk = dated_assistant.with_store(console_store)
    desk.ask("ktp saya hilang, gimana ngurusnya?", "ID")
    desk.ask("harga tiket konser minggu depan berapa", "ID")
    log_in(client)
    page = client.get("/staff/").text
    manifest = dated_assistant.manifest()
    assert f'<dd class="version">{manifest.version}</dd>' in page
    assert '<dd class="documents">6</dd>' in page
    assert f'<dd class="chunks">{manifest.chunks}</dd>' in page
    assert page.count('<rect class="answered"') == 30 and page.count('<rect class="refused"') == 30
    assert "30 hari: 1 dijawab, 1 ditolak" in page
    assert "Tidak ada berkas yang gagal" in page


def test_review_page_lists_documents_past_review_by(client: httpx.Client) -> None:
    log_in(client)
    page = client.get("/staff/review").text
    assert "Perlu ditinjau" in page
    assert "id/akta-kelahiran.md" in page and '<time datetime="2020-02-01">' in page
    assert "tanggal review_by terlewati" in page
    assert "id/ktp-hilang.md" not in page


def test_an_editor_changes_a_report_status_with_the_csrf_token(
        client: httpx.Client, board: MemoryBoard, staff: StaffStore) -> None:
    log_in(client)
    page = client.get("/staff/reports")
    assert "TK-7Q4M2X9KDA" in page.text and "Jl. Merdeka 5" in page.text
    form = {"reference": "TK-7Q4M2X9KDA", "status": "resolved", "note": "Sudah ditambal"}
    assert client.post("/staff/reports/status", data=form).status_code == 403
    assert board.items["TK-7Q4M2X9KDA"].status == "received"
    done = client.post("/staff/reports/status", data={**form, "csrf_token": csrf_of(page.text)})
    assert (done.status_code, done.headers["location"]) == (
        303, "/staff/reports?done=TK-7Q4M2X9KDA")
    assert (board.items["TK-7Q4M2X9KDA"].status, board.items["TK-7Q4M2X9KDA"].note) == (
        "resolved", "Sudah ditambal")
    assert "Status TK-7Q4M2X9KDA diubah menjadi resolved." in client.get(
        done.headers["location"]).text
    unknown = client.post("/staff/reports/status", data={
        **form, "reference": "TK-NOPE", "csrf_token": csrf_of(page.text)})
    assert unknown.headers["location"] == "/staff/reports?missing=TK-NOPE"
    assert [(e.username, e.action, e.detail) for e in staff.audit_log()][0] == (
        "siti", "report_status", "TK-7Q4M2X9KDA → resolved")


def test_without_a_reports_module_the_page_says_so(serve_console: Callable[..., str]) -> None:
    url = serve_console(with_board=False)
    with httpx.Client(base_url=url, follow_redirects=False) as client:
        log_in(client)
        page = client.get("/staff/reports").text
    assert "Modul laporan tidak tersedia" in page and "<form class=\"status-form\"" not in page


def test_audit_log_is_for_admins(client: httpx.Client, url: str) -> None:
    log_in(client)
    assert client.get("/staff/audit").status_code == 403
    assert 'href="/staff/audit"' not in client.get("/staff/").text
    with httpx.Client(base_url=url, follow_redirects=False) as admin:
        log_in(admin, "admin", ADMIN_PASSWORD)
        page = admin.get("/staff/audit")
    assert page.status_code == 200
    assert page.text.count("<td>login</td>") == 2 and "127.0.0.1" in page.text


def test_pages_speak_malay_with_lang_ms(client: httpx.Client) -> None:
    page = client.get("/staff/login?lang=ms")
    assert '<html lang="ms">' in page.text and "Kata laluan" in page.text
    assert "tk_staff_lang=ms" in ";".join(page.headers.get_list("set-cookie"))
    log_in(client)
    assert "Soalan tidak berjawab" in client.get("/staff/").text  # remembered


def test_the_password_is_nowhere_in_the_database(client: httpx.Client, tmp_path: Path,
                                                 console_store: Store) -> None:
    log_in(client)
    token = client.cookies["tk_staff"]
    client.cookies.clear()
    assert log_in(client, password="hampir-benar-kata-sandi").status_code == 401
    assert log_in(client, username=PASSWORD, password=PASSWORD).status_code == 401  # typed
    console_store.engine.dispose()                                      # into the name field
    data = b"".join(p.read_bytes() for p in tmp_path.glob("console.db*"))
    assert b"$argon2id$" in data
    for secret in (PASSWORD, ADMIN_PASSWORD, "hampir-benar-kata-sandi"):
        assert secret.encode() not in data
    assert token.encode() not in data  # only the session's hash


@pytest.mark.parametrize("path", ["/staff/login", "/staff/logout"])
def test_a_form_with_too_many_fields_is_not_a_500(client: httpx.Client, path: str) -> None:
    body = "&".join(f"f{n}=x" for n in range(100))
    response = client.post(path, content=body,
                           headers={"content-type": "application/x-www-form-urlencoded"})
    assert response.status_code in (303, 403)


def test_without_a_database_the_console_says_so(dated_settings, dated_assistant) -> None:
    from bot.channels.web.app import create_app
    from tests.helpers.http_server import serve

    with serve(create_app(dated_settings, dated_assistant)) as url:
        login = httpx.get(url + "/staff/login")
        assert login.status_code == 503 and "TANYAKOTA_DATABASE_URL" in login.text
        assert httpx.get(url + "/staff/").status_code == 303
