// Nearer's "Us" page script: no third-party code, no requests of its own.
// 1. Inside Telegram, the Mini App's launch data and theme arrive in the address's fragment
//    (#tgWebAppData=…&tgWebAppThemeParams=…). On /tg the launch data is posted to Nearer, which
//    checks Telegram's signature; the theme is kept for this tab and applied on every page.
//    Telegram is told the page is ready and may fill the screen, the way its own script does
//    (a message to the app, not a request), so no script of Telegram's is ever loaded.
// 2. Nothing else: every page works without this script (forms are plain HTML).
(function () {
  "use strict";
  var THEME_KEY = "nearer-theme";
  var COLOURS = {
    bg_color: "--tg-bg",
    secondary_bg_color: "--tg-card",
    text_color: "--tg-text",
    hint_color: "--tg-hint",
    link_color: "--tg-link",
    button_color: "--tg-button",
    button_text_color: "--tg-button-text"
  };
  var HEX = /^#[0-9a-fA-F]{6}$/;

  function launchParams() {
    var hash = window.location.hash.slice(1);
    var params = {};
    hash.split("&").forEach(function (pair) {
      var at = pair.indexOf("=");
      if (at > 0) {
        try {
          params[decodeURIComponent(pair.slice(0, at))] = decodeURIComponent(pair.slice(at + 1));
        } catch (error) { /* not ours */ }
      }
    });
    return params;
  }

  function applyTheme(theme) {
    var root = document.documentElement.style;
    Object.keys(COLOURS).forEach(function (name) {
      var value = theme[name];
      if (typeof value === "string" && HEX.test(value)) {
        root.setProperty(COLOURS[name], value);
      }
    });
  }

  function tellTelegram(eventType, eventData) {
    var data = JSON.stringify(eventData || {});
    try {
      if (window.TelegramWebviewProxy && window.TelegramWebviewProxy.postEvent) {
        window.TelegramWebviewProxy.postEvent(eventType, data);
      } else if (window.parent !== window) {
        window.parent.postMessage(
          JSON.stringify({ eventType: eventType, eventData: eventData || {} }),
          "https://web.telegram.org"
        );
      }
    } catch (error) { /* not inside Telegram */ }
  }

  var params = launchParams();
  var insideTelegram = Boolean(params.tgWebAppData);
  try {
    insideTelegram = insideTelegram || Boolean(window.sessionStorage.getItem(THEME_KEY));
  } catch (error) { /* storage off */ }
  if (params.tgWebAppThemeParams) {
    try {
      var theme = JSON.parse(params.tgWebAppThemeParams);
      window.sessionStorage.setItem(THEME_KEY, JSON.stringify(theme));
    } catch (error) { /* no theme */ }
  }
  try {
    var kept = window.sessionStorage.getItem(THEME_KEY);
    if (kept) { applyTheme(JSON.parse(kept)); }
  } catch (error) { /* storage off: default colours */ }

  document.addEventListener("DOMContentLoaded", function () {
    if (insideTelegram || window.TelegramWebviewProxy) {
      tellTelegram("web_app_ready");
      tellTelegram("web_app_expand");
    }
    var form = document.getElementById("telegram-sign-in");
    if (!form) { return; }
    if (params.tgWebAppData) {
      form.elements.init_data.value = params.tgWebAppData;
      // The fragment holds a credential: drop it from the address before leaving.
      window.history.replaceState(null, "", window.location.pathname);
      form.submit();
    } else {
      document.getElementById("telegram-status").hidden = true;
      document.getElementById("telegram-missing").hidden = false;
    }
  });
})();
