/*
 * Tanyakota chat widget. Embed with one tag:
 *   <script src="https://bot.example/widget.js" data-country="MY" data-lang="ms"></script>
 * Optional: data-api-key="…" (when the server requires keys), data-title="…",
 * data-area="Kota …" (the city or district reports are from).
 * The widget talks to the server it was loaded from. Plain JS, no dependencies.
 */
(function () {
  "use strict";

  var script = document.currentScript || (function () {
    var all = document.querySelectorAll('script[src*="widget.js"]');
    return all[all.length - 1];
  })();
  if (!script || window.__tanyakotaWidget) return;
  window.__tanyakotaWidget = true;

  var TEXT = {
    id: {
      open: "Buka obrolan layanan publik", close: "Tutup obrolan",
      title: "Tanya layanan publik", placeholder: "Tulis pertanyaan Anda…",
      label: "Pertanyaan Anda", send: "Kirim",
      hello: "Halo! Tanyakan tentang layanan publik, misalnya: “KTP saya hilang, bagaimana mengurusnya?”",
      thinking: "Sedang mencari jawaban…", you: "Anda", bot: "Tanyakota",
      source: "Sumber", updated: "Diperbarui",
      helpful: "Jawaban ini membantu", unhelpful: "Jawaban ini tidak membantu",
      thanks: "Terima kasih atas masukan Anda.", feedbackFailed: "Masukan gagal dikirim. Coba lagi.",
      refused: "Belum ada jawaban pasti untuk pertanyaan ini.",
      network: "Koneksi gagal. Periksa internet Anda, lalu coba lagi.", retry: "Coba lagi",
      busy: "Terlalu banyak pertanyaan. Coba lagi dalam {s} detik.",
      unauthorized: "Layanan ini belum aktif di halaman ini (kunci API tidak valid).",
      invalid: "Pertanyaan harus berisi 1–1.000 karakter.",
      related: "Topik terkait", suggested: "Mungkin maksud Anda:", note: "Jawaban diambil dari dokumen resmi. Periksa sumbernya."
    },
    ms: {
      open: "Buka sembang perkhidmatan awam", close: "Tutup sembang",
      title: "Tanya perkhidmatan awam", placeholder: "Tulis soalan anda…",
      label: "Soalan anda", send: "Hantar",
      hello: "Hai! Tanya tentang perkhidmatan awam, contohnya: “IC saya hilang, macam mana nak buat baru?”",
      thinking: "Sedang mencari jawapan…", you: "Anda", bot: "Tanyakota",
      source: "Sumber", updated: "Dikemas kini",
      helpful: "Jawapan ini membantu", unhelpful: "Jawapan ini tidak membantu",
      thanks: "Terima kasih atas maklum balas anda.", feedbackFailed: "Maklum balas gagal dihantar. Cuba lagi.",
      refused: "Belum ada jawapan pasti untuk soalan ini.",
      network: "Sambungan gagal. Semak internet anda, kemudian cuba lagi.", retry: "Cuba lagi",
      busy: "Terlalu banyak soalan. Cuba lagi dalam {s} saat.",
      unauthorized: "Perkhidmatan ini belum aktif di halaman ini (kunci API tidak sah).",
      invalid: "Soalan mesti mengandungi 1–1,000 aksara.",
      related: "Topik berkaitan", suggested: "Mungkin maksud anda:", note: "Jawapan diambil daripada dokumen rasmi. Semak sumbernya."
    }
  };

  function pageLang(value) {
    value = (value || "").toLowerCase();
    if (value.indexOf("ms") === 0 || value.indexOf("zsm") === 0) return "ms";
    if (value.indexOf("id") === 0 || value.indexOf("in") === 0) return "id";
    return null;
  }

  var data = script.dataset;
  var given = pageLang(data.lang);              // forces the reply language
  var lang = given || pageLang(document.documentElement.lang) || "id";
  var t = TEXT[lang];
  var country = (data.country || "").toUpperCase() || null;
  var apiKey = data.apiKey || null;
  // set by the server: true when a language model phrases answers (then they stream)
  var streaming = "__STREAM__" === "true" && !!(window.TextDecoder && window.ReadableStream);
  var base = new URL(".", new URL(script.src, location.href));
  var sessionId = (function () {
    var key = "tanyakota.session", id = null;
    try { id = sessionStorage.getItem(key); } catch (e) { /* storage blocked */ }
    if (!id) {
      id = (window.crypto && crypto.randomUUID) ? crypto.randomUUID()
        : String(Date.now()) + Math.random().toString(16).slice(2);
      try { sessionStorage.setItem(key, id); } catch (e) { /* storage blocked */ }
    }
    return id;
  })();

  var CSS = [
    ":host{all:initial}",
    "*{box-sizing:border-box;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}",
    ".tk-bubble{position:fixed;right:16px;bottom:16px;width:60px;height:60px;border-radius:50%;",
    "border:0;background:#0b5fff;color:#fff;cursor:pointer;z-index:2147483000;",
    "box-shadow:0 4px 14px rgba(0,0,0,.3);display:flex;align-items:center;justify-content:center}",
    ".tk-bubble:focus-visible,button:focus-visible,a:focus-visible,textarea:focus-visible{",
    "outline:3px solid #ffb300;outline-offset:2px}",
    ".tk-panel{position:fixed;right:16px;bottom:88px;width:380px;max-width:calc(100vw - 32px);",
    "height:560px;max-height:calc(100vh - 112px);display:flex;flex-direction:column;",
    "background:#fff;color:#1a1a1a;border-radius:14px;overflow:hidden;z-index:2147483001;",
    "box-shadow:0 8px 30px rgba(0,0,0,.3);font-size:15px;line-height:1.45}",
    ".tk-panel[hidden]{display:none}",
    ".tk-head{display:flex;align-items:center;justify-content:space-between;padding:12px 14px;",
    "background:#0b5fff;color:#fff}",
    ".tk-head h2{margin:0;font-size:17px;font-weight:600}",
    ".tk-close{background:transparent;border:0;color:#fff;font-size:26px;line-height:1;",
    "min-width:44px;min-height:44px;cursor:pointer}",
    ".tk-log{position:relative;flex:1;overflow-y:auto;padding:12px;background:#f4f6fa}",
    ".tk-msg{margin:0 0 10px;padding:10px 12px;border-radius:12px;max-width:88%;",
    "white-space:pre-wrap;overflow-wrap:anywhere}",
    ".tk-user{margin-left:auto;background:#0b5fff;color:#fff}",
    ".tk-bot{background:#fff;border:1px solid #dde3ee}",
    ".tk-refused{border-color:#e0a800;background:#fff8e1}",
    ".tk-live{color:#333}",
    ".tk-error{border-color:#d93025;background:#fdecea}",
    ".tk-muted{color:#555;font-size:13px}",
    ".tk-strong{font-weight:600;display:block;margin-bottom:4px}",
    ".tk-source{display:block;margin-top:8px;font-size:13px;white-space:normal}",
    ".tk-source a,.tk-text a{color:#0b4fd6}",
    ".tk-row{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px;white-space:normal}",
    ".tk-row button{min-height:40px;min-width:44px;padding:6px 12px;border-radius:20px;",
    "border:1px solid #b8c4dc;background:#fff;color:#1a1a1a;font-size:14px;cursor:pointer}",
    ".tk-row button[aria-pressed=true]{background:#e3ecff;border-color:#0b5fff}",
    ".tk-row button[aria-disabled=true]{cursor:default;opacity:.7}",
    ".tk-vote{color:#0b4fd6!important;display:inline-flex;align-items:center}",
    ".tk-form{display:flex;gap:8px;padding:10px;border-top:1px solid #dde3ee;background:#fff}",
    ".tk-form textarea{flex:1;resize:none;font-size:16px;padding:10px;border-radius:10px;",
    "border:1px solid #b8c4dc;min-height:44px;max-height:120px}",
    ".tk-form button{min-width:64px;min-height:44px;border:0;border-radius:10px;",
    "background:#0b5fff;color:#fff;font-size:15px;font-weight:600;cursor:pointer}",
    ".tk-form button:disabled{opacity:.6;cursor:default}",
    ".tk-head .tk-report-open{margin-left:auto;margin-right:4px;min-height:36px;padding:4px 10px;",
    "border:1px solid #fff;border-radius:18px;background:transparent;color:#fff;font-size:14px;cursor:pointer}",
    ".tk-report{flex:1;overflow-y:auto;padding:12px 14px;background:#fff}",
    ".tk-report[hidden],.tk-log[hidden],.tk-form[hidden]{display:none}",
    ".tk-report h3{margin:0 0 10px;font-size:16px}",
    ".tk-field{display:flex;flex-direction:column;gap:4px;margin-bottom:12px}",
    ".tk-field label{font-weight:600;font-size:14px}",
    ".tk-field input,.tk-field select,.tk-field textarea,.tk-draft{font-size:16px;padding:8px;",
    "border:1px solid #b8c4dc;border-radius:8px;width:100%}",
    ".tk-field [aria-invalid=true]{border-color:#d93025}",
    ".tk-field-error{color:#b3261e;font-size:13px}.tk-field-error[hidden]{display:none}",
    ".tk-report .tk-row button,.tk-offer,.tk-locate{min-height:44px;padding:6px 14px;border-radius:10px;",
    "border:1px solid #0b5fff;background:#fff;color:#0b4fd6;font-size:15px;cursor:pointer}",
    ".tk-report .tk-report-send{background:#0b5fff;color:#fff;font-weight:600}",
    ".tk-reference{font-size:15px;font-weight:700}",
    ".tk-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);",
    "white-space:nowrap}",
    "@media (max-width:520px){.tk-panel{inset:0;width:100%;max-width:none;height:100%;",
    "max-height:none;border-radius:0}.tk-panel:not([hidden])~.tk-bubble{display:none}}"
  ].join("");

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "class") node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }

  /* Icons as inline SVG (emoji fonts are missing on some devices). */
  var ICON = {
    chat: "M20 2H4c-1.1 0-2 .9-2 2v18l4-4h14c1.1 0 2-.9 2-2V4c0-1.1-.9-2-2-2z",
    up: "M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06" +
      "L14.17 1 7.59 7.59C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22" +
      "l3.02-7.05c.09-.23.14-.47.14-.73v-2z",
    down: "M15 3H6c-.83 0-1.54.5-1.84 1.22l-3.02 7.05c-.09.23-.14.47-.14.73v2c0 1.1.9 2 2 2" +
      "h6.31l-.95 4.57-.03.32c0 .41.17.79.44 1.06L9.83 23l6.59-6.59c.36-.36.58-.86.58-1.41" +
      "V5c0-1.1-.9-2-2-2zm4 0v12h4V3h-4z"
  };
  function icon(name, size) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("width", size);
    svg.setAttribute("height", size);
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    var path = document.createElementNS(ns, "path");
    path.setAttribute("d", ICON[name]);
    path.setAttribute("fill", "currentColor");
    svg.appendChild(path);
    return svg;
  }

  /* Text with its web addresses as links (built as nodes: no HTML from the server). */
  function linked(text) {
    var span = el("span", { "class": "tk-text" });
    var parts = String(text).split(/(https?:\/\/[^\s)]+[^\s).,;:!?])/);
    parts.forEach(function (part, i) {
      if (i % 2) span.appendChild(el("a", { href: part, target: "_blank", rel: "noopener", text: part }));
      else if (part) span.appendChild(document.createTextNode(part));
    });
    return span;
  }

  function formatDate(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
    if (!m) return iso;
    try {
      return new Intl.DateTimeFormat(lang === "ms" ? "ms-MY" : "id-ID",
        { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })
        .format(new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])));
    } catch (e) { return iso; }
  }

  // --- the elements ------------------------------------------------------------------
  var host = el("div", { "class": "tanyakota-widget" });
  var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
  var panel = el("section", { "class": "tk-panel", id: "tk-panel", role: "dialog",
    "aria-modal": "false", "aria-labelledby": "tk-title", lang: lang, hidden: "" });
  var log = el("div", { "class": "tk-log", role: "log", "aria-live": "polite",
    "aria-relevant": "additions", tabindex: "0", "aria-label": data.title || t.title });
  var input = el("textarea", { id: "tk-input", rows: "1", maxlength: "1000",
    placeholder: t.placeholder, autocomplete: "off", enterkeyhint: "send" });
  var send = el("button", { type: "submit", "class": "tk-send", text: t.send });
  var form = el("form", { "class": "tk-form" }, [
    el("label", { "for": "tk-input", "class": "tk-sr", text: t.label }), input, send]);
  var close = el("button", { type: "button", "class": "tk-close", "aria-label": t.close, text: "×" });
  panel.appendChild(el("div", { "class": "tk-head" }, [
    el("h2", { id: "tk-title", text: data.title || t.title }), close]));
  panel.appendChild(log);
  panel.appendChild(form);
  var bubble = el("button", { type: "button", "class": "tk-bubble", "aria-label": t.open,
    "aria-expanded": "false", "aria-controls": "tk-panel" }, [icon("chat", 28)]);
  var style = el("style", { text: CSS });
  root.appendChild(style);
  root.appendChild(panel);
  root.appendChild(bubble);

  // --- opening and closing -----------------------------------------------------------
  var greeted = false;
  function open() {
    panel.hidden = false;
    bubble.setAttribute("aria-expanded", "true");
    if (!greeted) { greeted = true; addBot([el("span", { text: t.hello })]); }
    input.focus();
  }
  function shut() {
    panel.hidden = true;
    bubble.setAttribute("aria-expanded", "false");
    bubble.focus();
  }
  bubble.addEventListener("click", function () { panel.hidden ? open() : shut(); });
  close.addEventListener("click", shut);
  panel.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { e.preventDefault(); shut(); }
  });

  // --- messages ----------------------------------------------------------------------
  function add(node) {
    log.appendChild(node);
    // a long answer is shown from its start, anything else scrolls to the end
    log.scrollTop = node.offsetHeight > log.clientHeight ? node.offsetTop - 8 : log.scrollHeight;
    return node;
  }
  function addBot(children, extra) {
    return add(el("div", { "class": "tk-msg tk-bot" + (extra ? " " + extra : "") },
      [el("span", { "class": "tk-sr", text: t.bot + ": " })].concat(children)));
  }
  function addUser(text) {
    add(el("div", { "class": "tk-msg tk-user" }, [
      el("span", { "class": "tk-sr", text: t.you + ": " }), el("span", { text: text })]));
  }

  function feedbackRow(question, answer) {
    var status = el("span", { "class": "tk-muted", role: "status" });
    var row = el("div", { "class": "tk-row tk-feedback" });
    [[true, "up", t.helpful], [false, "down", t.unhelpful]].forEach(function (v) {
      var b = el("button", { type: "button", "class": "tk-vote", "aria-label": v[2],
        title: v[2], "aria-pressed": "false", "data-helpful": String(v[0]) }, [icon(v[1], 20)]);
      b.addEventListener("click", function () {
        // aria-disabled, not disabled: the pressed button keeps the keyboard focus
        var buttons = row.querySelectorAll("button");
        if (b.getAttribute("aria-disabled") === "true") return;
        buttons.forEach(function (x) { x.setAttribute("aria-disabled", "true"); });
        b.setAttribute("aria-pressed", "true");
        call("v1/feedback", { session_id: sessionId, question: question, helpful: v[0],
          doc_id: answer.sources[0] ? answer.sources[0].doc_id : null, lang: answer.lang })
          .then(function (res) {
            if (!res.ok) throw new Error(String(res.status));
            status.textContent = t.thanks;
            if (!v[0] && offerButton && !row.parentNode.querySelector(".tk-offer")) {
              row.parentNode.appendChild(offerButton(question));
            }
          })
          .catch(function () {
            status.textContent = t.feedbackFailed;
            buttons.forEach(function (x) { x.removeAttribute("aria-disabled"); });
            b.setAttribute("aria-pressed", "false");
          });
      });
      row.appendChild(b);
    });
    row.appendChild(status);
    return row;
  }

  function showAnswer(question, answer) {
    var parts = [];
    var asking = !answer.answered && answer.clarify && answer.clarify.choices &&
      answer.clarify.choices.length;
    var suggesting = !answer.answered && answer.suggestions && answer.suggestions.length;
    if (!answer.answered && !asking && !suggesting) {
      parts.push(el("span", { "class": "tk-strong", text: t.refused }));
    }
    parts.push(linked(answer.answer));
    var src = answer.sources && answer.sources[0];
    if (answer.answered && src) {
      var line = el("span", { "class": "tk-source" }, [document.createTextNode(t.source + ": ")]);
      line.appendChild(src.url ? el("a", { href: src.url, target: "_blank", rel: "noopener",
        "class": "tk-source-link", text: src.title }) : el("span", { text: src.title }));
      if (src.updated) {
        line.appendChild(document.createTextNode(" · " + t.updated + " "));
        line.appendChild(el("time", { datetime: src.updated, text: formatDate(src.updated) }));
      }
      parts.push(line);
    }
    if (answer.clarify && answer.clarify.choices && answer.clarify.choices.length) {
      parts.push(el("span", { "class": "tk-strong", text: answer.clarify.question }));
      var choices = el("div", { "class": "tk-row tk-choices" });
      answer.clarify.choices.forEach(function (c) {
        var b = el("button", { type: "button", text: c.label });
        b.addEventListener("click", function () {
          if (/^(ID|MY)$/.test(c.value)) { country = c.value; ask(question, c.label); }
          else ask(c.value);
        });
        choices.appendChild(b);
      });
      parts.push(choices);
    }
    if (suggesting) {
      // "did you mean": a document's title, asked, is answered from that document
      var offered = el("div", { "class": "tk-row tk-suggestions", role: "group",
        "aria-label": t.suggested });
      answer.suggestions.forEach(function (s) {
        var b = el("button", { type: "button", text: s.title });
        b.addEventListener("click", function () { ask(s.title); });
        offered.appendChild(b);
      });
      parts.push(el("span", { "class": "tk-muted", text: t.suggested }));
      parts.push(offered);
    }
    if (answer.related && answer.related.length) {
      var chips = el("div", { "class": "tk-row tk-related", role: "group", "aria-label": t.related });
      answer.related.forEach(function (r) {
        var b = el("button", { type: "button", text: r.title });
        b.addEventListener("click", function () { ask(r.title); });
        chips.appendChild(b);
      });
      parts.push(el("span", { "class": "tk-muted", text: t.related }));
      parts.push(chips);
    }
    if (answer.answered) parts.push(feedbackRow(question, answer));
    if (answer.offer_report && offerButton) parts.push(offerButton(question));
    addBot(parts, answer.answered ? "tk-answer" : asking ? "tk-answer tk-clarify"
      : suggesting ? "tk-answer tk-suggest" : "tk-answer tk-refused");
  }

  function showError(question, res) {
    var text = t.network, retry = true;
    if (res && res.status === 429) {
      text = t.busy.replace("{s}", res.headers.get("Retry-After") || "60");
    } else if (res && res.status === 401) {
      text = t.unauthorized; retry = false;
    } else if (res && res.status === 422) {
      text = t.invalid; retry = false;
    }
    var msg = addBot([el("span", { text: text })], "tk-error");
    if (retry) {
      var b = el("button", { type: "button", "class": "tk-retry", text: t.retry });
      b.addEventListener("click", function () { msg.remove(); ask(question, null, true); });
      msg.appendChild(el("div", { "class": "tk-row" }, [b]));
      b.focus();
    }
  }

  function call(path, body) {
    var headers = { "Content-Type": "application/json" };
    if (apiKey) headers["X-API-Key"] = apiKey;
    var ctrl = window.AbortController ? new AbortController() : null;
    var timer = ctrl && setTimeout(function () { ctrl.abort(); }, 30000);
    return fetch(new URL(path, base).href, { method: "POST", headers: headers,
      body: JSON.stringify(body), signal: ctrl && ctrl.signal, credentials: "omit" })
      .finally(function () { if (timer) clearTimeout(timer); });
  }

  function askOnce(body) {
    return call("v1/ask", body).then(function (res) {
      if (!res.ok) return { error: res };
      return res.json().then(function (answer) { return { answer: answer }; });
    });
  }

  /* Server-sent events: "delta" pieces of the model's wording, then the "answer". */
  function askStream(body, onDelta) {
    return call("v1/ask/stream", body).then(function (res) {
      if (res.status === 404 || res.status === 405) return { fallback: true };
      if (!res.ok) return { error: res };
      if (!res.body || !res.body.getReader) return { fallback: true };
      var reader = res.body.getReader(), decoder = new TextDecoder(), buffer = "";
      var out = { error: null };
      function handle(block) {
        var name = "message", data = "";
        block.split("\n").forEach(function (line) {
          if (line.indexOf("event:") === 0) name = line.slice(6).trim();
          else if (line.indexOf("data:") === 0) data += line.slice(5).trim();
        });
        if (!data) return;
        var value = JSON.parse(data);
        if (name === "delta") onDelta(value.text);
        else if (name === "answer") out = { answer: value };
      }
      function pump() {
        return reader.read().then(function (chunk) {
          if (chunk.done) { if (buffer.trim()) handle(buffer); return out; }
          buffer += decoder.decode(chunk.value, { stream: true });
          var blocks = buffer.split("\n\n");
          buffer = blocks.pop();
          blocks.forEach(handle);
          return out.answer ? out : pump();
        });
      }
      return pump();
    });
  }

  var busy = false;
  function ask(question, shown, again) {
    question = (question || "").replace(/\s+/g, " ").trim();
    if (!question || busy) return;
    busy = true;
    send.disabled = true;
    if (!again) addUser(shown || question);
    var wait = addBot([el("span", { "class": "tk-muted", text: t.thinking })], "tk-wait");
    log.setAttribute("aria-busy", "true");
    var body = { question: question, session_id: sessionId };
    if (country) body.country = country;
    if (given) body.lang = given;
    var live = null;
    function onDelta(text) {
      if (!live) {
        wait.remove();
        live = addBot([el("span", { "class": "tk-live-text" })], "tk-live");
      }
      live.querySelector(".tk-live-text").textContent += text;
    }
    var asked = streaming ? askStream(body, onDelta).then(function (out) {
      return out.fallback ? askOnce(body) : out;
    }) : askOnce(body);
    asked
      .catch(function () { return { error: null }; })
      .then(function (out) {
        wait.remove();
        if (live) live.remove();  // the final answer replaces what was streamed
        log.removeAttribute("aria-busy");
        busy = false;
        send.disabled = false;
        if (out.answer) showAnswer(question, out.answer);
        else showError(question, out.error);
      });
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var q = input.value;
    if (!q.trim()) { input.focus(); return; }
    input.value = "";
    ask(q);
    input.focus();
  });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event("submit"));
    }
  });

  // --- reports to the city: the "Laporkan / Buat aduan" form -------------------------
  var R = {
    id: { open: "Laporkan", title: "Buat laporan ke pemerintah kota", offer: "Laporkan masalah ini",
      country: "Negara", category: "Kategori", description: "Apa masalahnya?",
      descriptionHint: "Apa yang terjadi dan sejak kapan (10–2.000 karakter).",
      location: "Lokasi", locationHint: "Nama jalan, patokan, RT/RW…",
      locate: "Gunakan lokasi saya", located: "Titik lokasi: ", noLocation: "Lokasi tidak bisa dibaca; tulis alamatnya.",
      photo: "Foto (opsional, JPEG/PNG, paling besar 5 MB)",
      contact: "Kontak Anda (opsional)", contactHint: "Hanya dikirim ke petugas kota.",
      submit: "Kirim laporan", cancel: "Batal", sending: "Mengirim laporan…",
      done: "Laporan tercatat dengan nomor ", keep: "Simpan nomor ini; tulis “status {ref}” di sini untuk melihat perkembangannya.",
      forwarded: "Laporan diteruskan ke petugas kota.", paste: "Laporan belum diteruskan otomatis. Salin teks ini ke ",
      photoFailed: "Foto tidak terkirim: harus JPEG atau PNG, paling besar 5 MB.",
      field: { category: "Pilih kategori.", description: "Uraian harus 10–2.000 karakter.",
        location: "Tulis lokasinya, atau gunakan lokasi Anda.", latitude: "Titik lokasi tidak valid.",
        longitude: "Titik lokasi tidak valid.", contact: "Kontak terlalu panjang.",
        photo: "Foto harus JPEG atau PNG, paling besar 5 MB.", country: "Pilih negara." } },
    ms: { open: "Buat aduan", title: "Buat aduan kepada pihak berkuasa", offer: "Adukan masalah ini",
      country: "Negara", category: "Kategori", description: "Apakah masalahnya?",
      descriptionHint: "Apa yang berlaku dan sejak bila (10–2,000 aksara).",
      location: "Lokasi", locationHint: "Nama jalan, mercu tanda, taman…",
      locate: "Guna lokasi saya", located: "Titik lokasi: ", noLocation: "Lokasi tidak dapat dibaca; tulis alamatnya.",
      photo: "Gambar (pilihan, JPEG/PNG, paling besar 5 MB)",
      contact: "Maklumat hubungan (pilihan)", contactHint: "Hanya dihantar kepada pegawai.",
      submit: "Hantar aduan", cancel: "Batal", sending: "Menghantar aduan…",
      done: "Aduan direkodkan dengan nombor ", keep: "Simpan nombor ini; taip “status {ref}” di sini untuk melihat perkembangannya.",
      forwarded: "Aduan dimajukan kepada pegawai.", paste: "Aduan belum dimajukan secara automatik. Salin teks ini ke ",
      photoFailed: "Gambar tidak dihantar: mesti JPEG atau PNG, paling besar 5 MB.",
      field: { category: "Pilih kategori.", description: "Keterangan mesti 10–2,000 aksara.",
        location: "Tulis lokasinya, atau guna lokasi anda.", latitude: "Titik lokasi tidak sah.",
        longitude: "Titik lokasi tidak sah.", contact: "Maklumat hubungan terlalu panjang.",
        photo: "Gambar mesti JPEG atau PNG, paling besar 5 MB.", country: "Pilih negara." } }
  }[lang];
  var area = data.area || null;

  function get(path) {
    var headers = {};
    if (apiKey) headers["X-API-Key"] = apiKey;
    return fetch(new URL(path, base).href, { headers: headers, credentials: "omit" });
  }

  function field(name, label, control, hint) {
    var id = "tk-r-" + name;
    control.id = id;
    control.name = name;
    var error = el("span", { "class": "tk-field-error", id: id + "-error", role: "alert", hidden: "" });
    control.setAttribute("aria-describedby", id + "-error" + (hint ? " " + id + "-hint" : ""));
    return el("div", { "class": "tk-field", "data-field": name }, [
      el("label", { "for": id, text: label }), control,
      hint ? el("span", { "class": "tk-muted", id: id + "-hint", text: hint }) : null, error]);
  }

  var report = el("form", { "class": "tk-report", novalidate: "", hidden: "", "aria-label": R.title });
  var rCountry = el("select", {}, [el("option", { value: "ID", text: "Indonesia" }),
    el("option", { value: "MY", text: "Malaysia" })]);
  var rCategory = el("select", {});
  var rDescription = el("textarea", { rows: "4", maxlength: "2000" });
  var rLocation = el("input", { type: "text", maxlength: "300", placeholder: R.locationHint, autocomplete: "street-address" });
  var rLocate = el("button", { type: "button", "class": "tk-locate", text: R.locate });
  var rPoint = el("span", { "class": "tk-muted tk-point", role: "status" });
  var rPhoto = el("input", { type: "file", accept: "image/jpeg,image/png" });
  var rContact = el("input", { type: "text", maxlength: "200", autocomplete: "email" });
  var rSubmit = el("button", { type: "submit", "class": "tk-report-send", text: R.submit });
  var rCancel = el("button", { type: "button", "class": "tk-report-cancel", text: R.cancel });
  var point = null;
  report.appendChild(el("h3", { text: R.title }));
  if (!country) report.appendChild(field("country", R.country, rCountry));
  report.appendChild(field("category", R.category, rCategory));
  report.appendChild(field("description", R.description, rDescription, R.descriptionHint));
  var whereField = field("location", R.location, rLocation);
  whereField.appendChild(el("div", { "class": "tk-row" }, [rLocate, rPoint]));
  report.appendChild(whereField);
  report.appendChild(field("photo", R.photo, rPhoto));
  report.appendChild(field("contact", R.contact, rContact, R.contactHint));
  report.appendChild(el("div", { "class": "tk-row" }, [rSubmit, rCancel]));
  panel.insertBefore(report, form);
  var reportButton = el("button", { type: "button", "class": "tk-report-open", text: R.open });
  panel.querySelector(".tk-head").insertBefore(reportButton, close);

  function loadCategories() {
    if (rCategory.options.length) return;
    get("v1/reports/categories?lang=" + lang).then(function (res) { return res.json(); })
      .then(function (out) {
        out.categories.forEach(function (c) {
          rCategory.appendChild(el("option", { value: c.value, text: c.label }));
        });
      }).catch(function () { /* the submit will name the field */ });
  }
  function showReport(text) {
    if (!country) rCountry.value = lang === "ms" ? "MY" : "ID";
    loadCategories();
    if (text && !rDescription.value) rDescription.value = text;
    log.hidden = true; form.hidden = true; report.hidden = false;
    rCategory.focus();
  }
  function hideReport() {
    report.hidden = true; log.hidden = false; form.hidden = false;
    input.focus();
  }
  function clearErrors() {
    report.querySelectorAll(".tk-field-error").forEach(function (e) { e.hidden = true; e.textContent = ""; });
    report.querySelectorAll("[aria-invalid]").forEach(function (e) { e.removeAttribute("aria-invalid"); });
  }
  function fieldError(name) {
    var box = report.querySelector('.tk-field[data-field="' + (name === "latitude" || name === "longitude" ? "location" : name) + '"]');
    if (!box) return false;
    var error = box.querySelector(".tk-field-error");
    error.textContent = R.field[name] || name;
    error.hidden = false;
    var control = box.querySelector("input,select,textarea");
    control.setAttribute("aria-invalid", "true");
    control.focus();
    return true;
  }
  function offerButton(text) {
    var b = el("button", { type: "button", "class": "tk-offer", text: R.offer });
    b.addEventListener("click", function () { showReport(text); });
    return el("div", { "class": "tk-row" }, [b]);
  }

  reportButton.addEventListener("click", function () { report.hidden ? showReport() : hideReport(); });
  rCancel.addEventListener("click", hideReport);
  rLocate.addEventListener("click", function () {
    if (!navigator.geolocation) { rPoint.textContent = R.noLocation; return; }
    navigator.geolocation.getCurrentPosition(function (pos) {
      point = { latitude: pos.coords.latitude, longitude: pos.coords.longitude };
      rPoint.textContent = R.located + point.latitude.toFixed(5) + ", " + point.longitude.toFixed(5);
    }, function () { rPoint.textContent = R.noLocation; }, { timeout: 15000 });
  });

  function reported(made) {
    var parts = [el("span", { "class": "tk-strong" }, [document.createTextNode(R.done),
      el("code", { "class": "tk-reference", text: made.reference })]),
      el("span", { text: R.keep.replace("{ref}", made.reference) })];
    if (made.forwarded && made.forwarded.length) parts.push(el("span", { "class": "tk-source", text: R.forwarded }));
    else if (made.channel) {
      parts.push(el("span", { "class": "tk-source" }, [document.createTextNode(R.paste),
        el("a", { href: made.channel.url, target: "_blank", rel: "noopener", text: made.channel.name })]));
      parts.push(el("textarea", { "class": "tk-draft", readonly: "", rows: "8", "aria-label": made.channel.name, text: made.draft }));
    }
    addBot(parts, "tk-reported");
  }

  report.addEventListener("submit", function (e) {
    e.preventDefault();
    if (rSubmit.disabled) return;
    clearErrors();
    var body = { country: country || rCountry.value, lang: lang, category: rCategory.value,
      description: rDescription.value, location: rLocation.value || null,
      contact: rContact.value || null, session_id: sessionId, area: area };
    if (point) { body.latitude = point.latitude; body.longitude = point.longitude; }
    var photo = rPhoto.files && rPhoto.files[0];
    if (photo && (photo.size > 5 * 1024 * 1024 || !/^image\/(jpeg|png)$/.test(photo.type))) {
      fieldError("photo"); return;
    }
    rSubmit.disabled = true;
    rSubmit.textContent = R.sending;
    call("v1/reports", body).then(function (res) {
      if (res.status === 201) return res.json().then(function (made) { return { made: made }; });
      return res.json().catch(function () { return {}; }).then(function (err) { return { res: res, err: err }; });
    }).then(function (out) {
      if (!out.made) {
        if (!(out.res.status === 422 && fieldError(out.err.field))) showError(null, out.res);
        return null;
      }
      var made = out.made, sent = Promise.resolve(true);
      if (photo) {
        var headers = { "Content-Type": photo.type };
        if (apiKey) headers["X-API-Key"] = apiKey;
        sent = fetch(new URL("v1/reports/" + made.reference + "/photo", base).href,
          { method: "POST", headers: headers, body: photo, credentials: "omit" })
          .then(function (res) { return res.ok; }).catch(function () { return false; });
      }
      return sent.then(function (ok) {
        report.reset(); point = null; rPoint.textContent = "";
        hideReport();
        reported(made);
        if (!ok) addBot([el("span", { text: R.photoFailed })], "tk-error");
      });
    }).catch(function () { showError(null, null); })
      .then(function () { rSubmit.disabled = false; rSubmit.textContent = R.submit; });
  });

  function mount() { document.body.appendChild(host); }
  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);
})();
