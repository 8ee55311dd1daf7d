/*
 * Tanyakota chat widget. Embed with one tag:
 *   <script src="https://bot.example/widget.js" data-country="MY" data-lang="ms"></script>
 * Optional: data-api-key="…" (when the server requires keys), data-title="…".
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

  function mount() { document.body.appendChild(host); }
  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);
})();
