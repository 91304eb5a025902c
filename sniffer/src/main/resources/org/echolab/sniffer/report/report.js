// The report page: every capture-derived string reaches the DOM through textContent only.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('data').textContent);
  var L = data.labels;
  var CHUNK = 300;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function fmt(pattern, args) {
    return pattern.replace(/\{(\d+)\}/g, function (m, i) { return String(args[+i]); });
  }

  document.title = data.title;
  document.getElementById('title').textContent = data.title;
  Array.prototype.forEach.call(document.querySelectorAll('[data-l]'), function (e) {
    e.textContent = L[e.getAttribute('data-l')] || '';
  });
  document.getElementById('flow').alt = L.flow;

  var legend = document.getElementById('legend');
  ['tcp', 'synfin', 'plaintext', 'cipher', 'problem', 'reset', 'other'].forEach(function (k) {
    legend.appendChild(el('span', 'k-' + k, L['legend.' + k]));
  });

  var tbody = document.querySelector('#packets tbody');
  var progress = document.getElementById('progress');
  var rows = [];
  var next = 0;
  function chunk() {
    var frag = document.createDocumentFragment();
    var end = Math.min(next + CHUNK, data.packets.length);
    for (; next < end; next++) {
      var p = data.packets[next];
      var tr = el('tr', 'k-' + p.kind);
      tr.setAttribute('data-i', next);
      [p.n, p.t, p.src, p.dst, p.proto, p.len, p.info].forEach(function (v) { tr.appendChild(el('td', null, v)); });
      frag.appendChild(tr);
      rows.push(tr);
    }
    tbody.appendChild(frag);
    if (next < data.packets.length) {
      progress.textContent = fmt(L.loading, [next, data.packets.length]);
      setTimeout(chunk, 0);
    } else {
      progress.textContent = fmt(L.loaded, [data.packets.length]);
      document.body.setAttribute('data-ready', 'true');
    }
  }

  var selected = -1;
  function select(i) {
    if (i < 0 || i >= rows.length) { return; }
    if (selected >= 0) { rows[selected].classList.remove('selected'); }
    selected = i;
    rows[i].classList.add('selected');
    var p = data.packets[i];
    var ex = document.getElementById('explanation');
    ex.textContent = '';
    p.explain.forEach(function (s) { ex.appendChild(el('p', null, s)); });
    if (p.payload) { ex.appendChild(el('p', 'payload', p.payload)); }
    var tree = document.getElementById('tree');
    tree.textContent = '';
    p.tree.forEach(function (line) {
      var depth = line.match(/^ */)[0].length / 4;
      tree.appendChild(el('div', 'd' + Math.min(depth, 3), line));
    });
    hexDump(p);
  }

  function hexDump(p) {
    var pre = document.getElementById('hex');
    pre.textContent = '';
    var n = p.raw.length / 2;
    for (var off = 0; off < n; off += 16) {
      pre.appendChild(document.createTextNode(('000' + off.toString(16)).slice(-4) + '  '));
      var ascii = '';
      for (var j = 0; j < 16; j++) {
        var k = off + j;
        if (k >= n) { pre.appendChild(document.createTextNode('   ')); continue; }
        var hx = p.raw.substr(k * 2, 2);
        var b = parseInt(hx, 16);
        var ch = b >= 32 && b < 127 ? String.fromCharCode(b) : '.';
        pre.appendChild(k >= p.po ? el('span', 'pl', hx) : document.createTextNode(hx));
        pre.appendChild(document.createTextNode(j === 7 ? '  ' : ' '));
        ascii += ch;
      }
      var a = el('span', null, ' ');
      for (var c = 0; c < ascii.length; c++) {
        a.appendChild(off + c >= p.po ? el('span', 'pl', ascii[c]) : document.createTextNode(ascii[c]));
      }
      pre.appendChild(a);
      pre.appendChild(document.createTextNode('\n'));
    }
  }

  tbody.addEventListener('click', function (e) {
    var tr = e.target.closest('tr');
    if (tr) { select(+tr.getAttribute('data-i')); }
  });
  document.getElementById('table-wrap').addEventListener('keydown', function (e) {
    var step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (step && selected + step >= 0 && selected + step < rows.length) {
      e.preventDefault();
      select(selected + step);
      rows[selected].scrollIntoView({ block: 'nearest' });
    }
  });

  var conv = document.querySelector('#conversations tbody');
  data.conversations.forEach(function (c) {
    var tr = el('tr');
    [c.stream, c.client, c.server, c.packets, c.bytesC, c.bytesS, c.summary].forEach(function (v) {
      tr.appendChild(el('td', null, v));
    });
    conv.appendChild(tr);
  });

  var cmp = document.querySelector('#comparison tbody');
  if (data.comparison.length === 0) {
    var none = el('tr');
    var td = el('td', 'hint', L.noCompare);
    td.colSpan = 6;
    none.appendChild(td);
    cmp.appendChild(none);
  }
  data.comparison.forEach(function (r) {
    var tr = el('tr');
    [r.stream, r.port, r.kinds, r.bytes].forEach(function (v) { tr.appendChild(el('td', null, v)); });
    var e = el('td');
    var bar = el('span', +r.entropy < 6 ? 'bar low' : 'bar');
    bar.style.width = Math.round(+r.entropy / 8 * 120) + 'px';
    e.appendChild(bar);
    e.appendChild(document.createTextNode(fmt(L.bitsPerByte, [r.entropy])));
    tr.appendChild(e);
    tr.appendChild(el('td', 'sample', r.sample));
    cmp.appendChild(tr);
  });

  chunk();
})();
