// The teacher's dashboard: keeps the room's view live over /teacher/live and sends the console's
// controls. Every student-supplied word arrives either inside markup the server's templates escaped, or as
// a plain value set with textContent: nothing a student typed is ever parsed as HTML here.
"use strict";
(function () {
  const body = document.body;
  const language = body.dataset.lang === "hi" ? "hi" : "en";
  const status = document.getElementById("live-status");
  const result = document.getElementById("control-result");
  const live = document.getElementById("room-live");
  const pause = document.getElementById("pause");
  const resume = document.getElementById("resume");
  const end = document.getElementById("end");
  const confirmBox = document.getElementById("end-confirm");
  const sayTo = document.getElementById("say-to");
  const sayText = document.getElementById("say-text");
  const timerSeconds = document.getElementById("timer-seconds");
  let socket = null;
  let retry = 500;

  function connect() {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    socket = new WebSocket(scheme + "//" + location.host + "/teacher/live?lang=" + language);
    socket.addEventListener("open", function () {
      retry = 500;
      status.textContent = body.dataset.live;
      status.className = "on";
    });
    socket.addEventListener("message", function (event) {
      let message;
      try { message = JSON.parse(event.data); } catch (error) { return; }
      if (message.type === "view") show(message);
      else if (message.type === "said") {
        result.textContent = (message.to == null ? body.dataset.said + " " : body.dataset.saidTo + " " + message.to + ": ") + message.text;
      } else if (message.type === "done") {
        if (message.do !== "say") result.textContent = body.dataset.done;
      } else if (message.type === "error") {
        result.textContent = message.message || "";
      }
    });
    socket.addEventListener("close", function () {
      status.textContent = body.dataset.reconnecting;
      status.className = "off";
      // A session that ended (logged out, host restarted) is refused again: back to the login form.
      setTimeout(function () {
        fetch("/teacher?lang=" + language, { credentials: "same-origin" }).then(function (response) { return response.text(); })
          .then(function (text) {
            if (text.indexOf('id="room-live"') < 0) location.reload(); else connect();
          }).catch(function () { connect(); });
      }, retry);
      retry = Math.min(retry * 2, 8000);
    });
  }

  // The live region is the server's own template output (names escaped there); the "to" list is rebuilt
  // from plain values with textContent, keeping the teacher's selection.
  function show(view) {
    live.innerHTML = view.html;
    pause.disabled = view.paused || view.ended;
    resume.disabled = !view.paused || view.ended;
    end.disabled = view.ended;
    // Once every seat is at its ending there is no choice left to clock.
    for (const id of ["timer-seconds", "timer-set", "timer-off"]) document.getElementById(id).disabled = view.ended;
    const chosen = sayTo.value;
    while (sayTo.options.length > 1) sayTo.remove(1);
    for (const seat of view.seats) {
      const option = document.createElement("option");
      option.value = String(seat.number);
      option.textContent = seat.label;
      sayTo.appendChild(option);
    }
    sayTo.value = Array.from(sayTo.options).some(function (option) { return option.value === chosen; }) ? chosen : "";
  }

  function send(control) {
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(control));
  }

  pause.addEventListener("click", function () { send({ do: "pause" }); });
  resume.addEventListener("click", function () { send({ do: "resume" }); });
  document.getElementById("timer-form").addEventListener("submit", function (event) {
    event.preventDefault();
    const seconds = parseInt(timerSeconds.value, 10);
    if (!(seconds >= 1)) { timerSeconds.focus(); return; }
    send({ do: "timer", seconds: seconds });
  });
  document.getElementById("timer-off").addEventListener("click", function () { send({ do: "timer", seconds: null }); });
  document.getElementById("say-form").addEventListener("submit", function (event) {
    event.preventDefault();
    const text = sayText.value.trim();
    if (!text) { sayText.focus(); return; }
    const control = { do: "say", text: text };
    if (sayTo.value) control.to = parseInt(sayTo.value, 10);
    send(control);
    sayText.value = "";
  });
  end.addEventListener("click", function () {
    confirmBox.hidden = false;
    document.getElementById("end-no").focus();
  });
  document.getElementById("end-no").addEventListener("click", function () {
    confirmBox.hidden = true;
    end.focus();
  });
  confirmBox.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { confirmBox.hidden = true; end.focus(); }
  });
  document.getElementById("end-yes").addEventListener("click", function () {
    confirmBox.hidden = true;
    send({ do: "end" });
    end.focus();
  });
  connect();
})();
