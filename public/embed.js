// Fixpath widget for a help page: <script src="https://FIXPATH/embed.js" async></script>
// Draws a launcher button that opens Fixpath's /embed in a frame. Messages from the frame are
// accepted only from the Fixpath origin this script was loaded from, and only from that frame.
// Optional: data-label="..." on the script tag sets the button's text. README, "Embedding".
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src || window.__fixpathEmbed) return;
  window.__fixpathEmbed = true;
  var fixpath = new URL(script.src).origin;
  var label = (script.getAttribute("data-label") || "").trim() || "Why didn't my message arrive?";
  var maxHeight = function () { return Math.max(240, Math.floor(window.innerHeight * 0.8)); };

  function style(el, props) {
    for (var k in props) el.style[k] = props[k];
  }

  function init() {
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = label;
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", "fixpath-embed-panel");
    button.setAttribute("data-fixpath-launcher", "");
    style(button, {
      position: "fixed", right: "16px", bottom: "16px", zIndex: "2147483000",
      padding: "12px 18px", borderRadius: "999px", border: "2px solid #075985",
      background: "#0369a1", color: "#ffffff", font: "600 15px/1.2 system-ui, sans-serif",
      cursor: "pointer", boxShadow: "0 4px 14px rgba(0,0,0,.25)",
    });

    var panel = document.createElement("div");
    panel.id = "fixpath-embed-panel";
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-label", "Fixpath: find why a message was not delivered");
    panel.hidden = true;
    style(panel, {
      position: "fixed", right: "16px", bottom: "76px", zIndex: "2147483000",
      width: "min(420px, calc(100vw - 32px))", background: "#ffffff",
      borderRadius: "12px", boxShadow: "0 8px 30px rgba(0,0,0,.3)", overflow: "hidden",
    });

    var frame = null;
    function ensureFrame() {
      if (frame) return frame;
      frame = document.createElement("iframe");
      frame.title = "Fixpath troubleshooting";
      // The frame learns which origin framed it; /embed posts only there, and only if it is allowed.
      frame.src = fixpath + "/embed?origin=" + encodeURIComponent(window.location.origin);
      // No top navigation, no same-origin access to this page; links open in new tabs.
      frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox");
      frame.setAttribute("referrerpolicy", "strict-origin");
      style(frame, { display: "block", width: "100%", height: "420px", border: "0" });
      frame.addEventListener("load", function () { if (!panel.hidden) frame.focus(); });
      panel.appendChild(frame);
      return frame;
    }

    function open() {
      ensureFrame();
      panel.hidden = false;
      button.setAttribute("aria-expanded", "true");
      frame.focus();
    }
    function close() {
      if (panel.hidden) return;
      panel.hidden = true;
      button.setAttribute("aria-expanded", "false");
      button.focus();
    }

    button.addEventListener("click", function () { if (panel.hidden) open(); else close(); });
    document.addEventListener("keydown", function (e) { if (e.key === "Escape") close(); });
    window.addEventListener("message", function (e) {
      if (e.origin !== fixpath || !frame || e.source !== frame.contentWindow) return;
      var data = e.data;
      if (!data || typeof data !== "object") return;
      if (data.type === "fixpath:resize" && typeof data.height === "number" && isFinite(data.height)) {
        frame.style.height = Math.min(maxHeight(), Math.max(160, Math.round(data.height))) + "px";
      } else if (data.type === "fixpath:close") {
        close();
      }
    });

    document.body.appendChild(panel);
    document.body.appendChild(button);
  }

  if (document.body) init();
  else document.addEventListener("DOMContentLoaded", init);
})();
