// The browser seat: a page that plays one seat of a classroom room over the `/seat` WebSocket. The server
// renders every word; this script only places them. Nothing from the server or the student is ever
// inserted as HTML: every text goes in with textContent.
"use strict";

(function () {
  const body = document.body;
  const lang = body.dataset.lang === "hi" ? "hi" : "en";
  const storageKey = "petrograd-seat";
  const $ = (id) => document.getElementById(id);

  let socket = null;
  let seat = loadSeat();          // {code, token} kept for this tab: a reload or a dropped network takes the seat back
  let seen = 0;                   // numbered texts shown so far
  let joined = false;
  let stopped = false;
  let delay = 500;
  let pendingLook = null;
  let pendingJoin = null;
  let awaitingStep = false;
  let firstTexts = true;

  function loadSeat() {
    try { return JSON.parse(sessionStorage.getItem(storageKey)) || null; } catch (e) { return null; }
  }
  function saveSeat(value) {
    seat = value;
    if (value) sessionStorage.setItem(storageKey, JSON.stringify(value)); else sessionStorage.removeItem(storageKey);
  }

  function say(text) { $("connection").textContent = text; }
  function problem(text) {
    const box = $("problem");
    box.textContent = text || "";
    box.hidden = !text;
  }

  function send(frame) {
    if (socket && socket.readyState === WebSocket.OPEN) { socket.send(JSON.stringify(frame)); return true; }
    return false;
  }

  function connecting() { return socket && socket.readyState === WebSocket.CONNECTING; }

  function connect() {
    if (stopped || connecting() || (socket && socket.readyState === WebSocket.OPEN)) return;
    say(joined ? body.dataset.reconnecting : body.dataset.connecting);
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    socket = new WebSocket(scheme + "//" + location.host + "/seat?lang=" + lang);
    window.petrogradSocket = socket;   // the browser tests drop it to check reconnecting
    socket.onopen = function () {
      say(body.dataset.connected);
      if (seat) {
        send({ type: "join", code: seat.code, token: seat.token, seen: seen });
      } else if (pendingJoin) {
        send(pendingJoin);
      } else if (pendingLook) {
        send({ type: "look", code: pendingLook });
      }
    };
    socket.onmessage = function (event) {
      let frame;
      try { frame = JSON.parse(event.data); } catch (e) { return; }
      receive(frame);
    };
    socket.onclose = function () {
      // Before a seat is taken or asked for there is nothing to come back to: the next look or join connects.
      if (stopped || (!seat && !pendingJoin && !pendingLook)) { socket = null; return; }
      if (seat) {
        say(body.dataset.reconnecting);
        body.classList.add("reconnecting");
      }
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 8000);
    };
  }

  function receive(frame) {
    switch (frame.type) {
      case "roles": return showRoles(frame);
      case "seated": return seated(frame);
      case "texts": return showTexts(frame.items);
      case "state": return showState(frame);
      case "say": return showSay(frame);
      case "notice": return showNotice(frame);
      case "error": return showError(frame);
      case "journal": return showLookup(frame, (entry) => entry);
      case "glossary": return showLookup(frame, (entry) => entry.term + " — " + entry.explanation);
      case "notes": return showLookup(frame, (entry) => (entry.heading ? entry.heading + ": " : "") + entry.text);
    }
  }

  // The join form

  function look() {
    const code = $("code").value.trim().toUpperCase();
    if (code.length < 4 || code === pendingLook) return;
    pendingLook = code;
    if (!send({ type: "look", code: code }) && !connecting()) connect();
  }

  function showRoles(frame) {
    const select = $("role");
    const chosen = select.value;
    select.textContent = "";
    for (const role of frame.roles) {
      const option = document.createElement("option");
      option.value = role.id;
      option.textContent = role.name;
      option.dataset.about = role.about || "";
      select.appendChild(option);
    }
    if (chosen) select.value = chosen;
    showAbout();
    problem("");
  }

  function showAbout() {
    const option = $("role").selectedOptions[0];
    $("role-about").textContent = option ? option.dataset.about || "" : "";
  }

  function join(event) {
    event.preventDefault();
    const code = $("code").value.trim().toUpperCase();
    const name = $("name").value.trim();
    const role = $("role").value;
    if (!role) { look(); return; }
    pendingJoin = { type: "join", code: code, name: name, role: role };
    if (!send(pendingJoin) && !connecting()) connect();
  }

  function seated(frame) {
    pendingJoin = null;
    joined = true;
    delay = 500;
    body.classList.remove("reconnecting");
    if (frame.token) saveSeat({ code: frame.room, token: frame.token });
    problem("");
    $("seat-line").textContent = body.dataset.seatLine
      .replace("{room}", frame.room).replace("{seat}", String(frame.seat))
      .replace("{name}", frame.name).replace("{role}", frame.role);
    $("join").hidden = true;
    $("play").hidden = false;
  }

  // Playing

  function showTexts(items) {
    const story = $("story");
    let first = null;
    for (const item of items) {
      if (item.n <= seen) continue;       // already shown before a reconnect
      seen = item.n;
      const paragraph = document.createElement("p");
      paragraph.className = item.kind;
      paragraph.dataset.n = String(item.n);
      paragraph.textContent = item.text;
      story.appendChild(paragraph);
      if (!first) first = paragraph;
    }
    // Focus follows the student's own step; the teacher's end or rewind, and an ending, are brought into view too.
    const major = items.some((item) => item.n >= (first ? Number(first.dataset.n) : Infinity) && (item.kind === "ending" || item.kind === "notice"));
    if (first && (awaitingStep || firstTexts || major)) {
      first.tabIndex = -1;
      first.focus();
    }
    awaitingStep = false;
    firstTexts = false;
  }

  function showState(frame) {
    $("date").textContent = frame.date;
    $("status").textContent = frame.message;
    body.dataset.status = frame.status;
    body.dataset.steps = String(frame.steps);
    const list = $("choices");
    list.textContent = "";
    for (const choice of frame.choices) {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "choice";
      button.dataset.number = String(choice.number);
      if (choice.number <= 9) button.accessKey = String(choice.number);
      button.disabled = !choice.available || frame.status !== "choose";
      const digit = document.createElement("span");
      digit.className = "digit";
      digit.textContent = choice.number + ".";
      const text = document.createElement("span");
      text.textContent = choice.text;
      button.append(digit, text);
      button.addEventListener("click", () => choose(choice.number));
      item.appendChild(button);
      list.appendChild(item);
    }
    $("number-form").hidden = frame.status !== "choose";
    $("timer").hidden = frame.timer === null || frame.timer === undefined;
    $("timer").textContent = $("timer").hidden ? "" : body.dataset.timerLine.replace("{seconds}", String(frame.timer));
    const city = $("city");
    city.textContent = "";
    for (const entry of frame.city) {
      const term = document.createElement("dt");
      term.textContent = entry.label;
      const value = document.createElement("dd");
      value.textContent = entry.value;
      city.append(term, value);
    }
  }

  function choose(number) {
    if (!number) return;
    // Without a connection the choice is not taken: the page says so, and the student chooses again once back.
    awaitingStep = send({ type: "choose", number: number });
    if (!awaitingStep) say(body.dataset.reconnecting);
    $("number").value = "";
  }

  function append(className, parts) {
    const paragraph = document.createElement("p");
    paragraph.className = className;
    for (const [cls, text] of parts) {
      const span = document.createElement("span");
      if (cls) span.className = cls;
      span.textContent = text;
      paragraph.append(span, " ");
    }
    $("story").appendChild(paragraph);
    return paragraph;
  }

  function showSay(frame) { append("say", [["who", frame.label], ["", frame.text]]); }

  function showNotice(frame) {
    append("notice", [["", frame.text]]);
    if (frame.final) {
      stopped = true;
      saveSeat(null);
      say("");
      if (socket) socket.close();
    }
  }

  function showError(frame) {
    problem(frame.text);
    if (frame.code === "bad-token") {
      saveSeat(null);
      joined = false;
      $("play").hidden = true;
      $("join").hidden = false;
    }
    // A look or a join that was refused is not sent again on reconnecting; the student corrects it first.
    if (!joined) { pendingJoin = null; pendingLook = null; }
  }

  function showLookup(frame, line) {
    const box = $("lookup");
    box.textContent = "";
    const heading = document.createElement("h3");
    heading.textContent = frame.heading;
    box.appendChild(heading);
    if (frame.entries.length === 0) {
      const empty = document.createElement("p");
      empty.textContent = frame.empty;
      box.appendChild(empty);
    } else {
      const list = document.createElement("ul");
      for (const entry of frame.entries) {
        const item = document.createElement("li");
        item.textContent = line(entry);
        list.appendChild(item);
      }
      box.appendChild(list);
    }
    box.focus();
  }

  // Keys: a digit typed anywhere outside a text field goes to the number field, and Enter chooses.
  document.addEventListener("keydown", function (event) {
    const target = event.target;
    const typing = target && (target.tagName === "INPUT" || target.tagName === "SELECT" || target.tagName === "TEXTAREA");
    if (typing || $("play").hidden || event.ctrlKey || event.altKey || event.metaKey) return;
    if (/^[0-9]$/.test(event.key) && !$("number-form").hidden) {
      event.preventDefault();
      $("number").focus();
      $("number").value += event.key;
    }
  });

  $("code").addEventListener("change", look);
  $("code").addEventListener("blur", look);
  $("role").addEventListener("change", showAbout);
  $("join-form").addEventListener("submit", join);
  $("number-form").addEventListener("submit", function (event) {
    event.preventDefault();
    choose(parseInt($("number").value, 10));
  });
  $("journal-button").addEventListener("click", () => send({ type: "journal" }));
  $("notes-button").addEventListener("click", () => send({ type: "notes" }));
  $("glossary-form").addEventListener("submit", function (event) {
    event.preventDefault();
    send({ type: "glossary", word: $("glossary-word").value });
  });

  if (seat) { connect(); } else { $("code").focus(); }
})();
