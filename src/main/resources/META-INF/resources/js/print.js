// Printing an incident gives the whole record: open every "why" so each action's rules and sources are on paper.
window.addEventListener('beforeprint', function () {
  document.querySelectorAll('details.why, .mustnot details, .history details').forEach(function (d) { d.open = true; });
});
