/* drift HTML report: highlighting, scrolling, filters and keys. The page reads without it. */
(function () {
  'use strict';
  var d = document;
  var root = d.documentElement;
  root.classList.remove('nojs');
  root.classList.add('js');

  var toolbar = d.getElementById('toolbar');
  if (toolbar) {
    toolbar.hidden = false;
  }
  var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  var byPair = {};
  var cells = {};
  each(d.querySelectorAll('.sent'), function (el) {
    (byPair[el.dataset.pair] = byPair[el.dataset.pair] || []).push(el);
  });
  each(d.querySelectorAll('.strip .cell'), function (el) {
    cells[el.dataset.pair] = el;
  });
  var shiftIds = [];
  var rows = {};
  each(d.querySelectorAll('.srow'), function (el) {
    shiftIds.push(el.dataset.shift);
    rows[el.dataset.shift] = el;
  });

  var hoverPair = null;
  var activePair = null;
  var litShift = null;
  var current = -1;

  function each(list, fn) {
    Array.prototype.forEach.call(list, fn);
  }

  function setPairClass(pair, cls, on) {
    if (pair === null) {
      return;
    }
    each(byPair[pair] || [], function (el) {
      el.classList.toggle(cls, on);
    });
    if (cells[pair]) {
      cells[pair].classList.toggle(cls, on);
    }
  }

  function paneOf(el) {
    return el.closest('.pane');
  }

  function scrolls(pane) {
    return !!pane && pane.scrollHeight > pane.clientHeight + 1 &&
      getComputedStyle(pane).overflowY !== 'visible';
  }

  /* Scrolls el into the middle of its pane unless it is already in view (or centre is set). */
  function reveal(el, smooth, centre) {
    var pane = paneOf(el);
    var behavior = smooth && !reduceMotion ? 'smooth' : 'auto';
    if (!scrolls(pane)) {
      el.scrollIntoView({block: 'center', behavior: behavior});
      return;
    }
    var p = pane.getBoundingClientRect();
    var r = el.getBoundingClientRect();
    if (!centre && r.top >= p.top && r.bottom <= p.bottom) {
      return;
    }
    var top = pane.scrollTop + (r.top - p.top) - Math.max(0, (pane.clientHeight - r.height) / 2);
    pane.scrollTo({top: Math.max(0, top), behavior: behavior});
  }

  /* The first sentence of a pair in each pane. */
  function firstPerPane(pair) {
    var seen = [];
    var firsts = [];
    each(byPair[pair] || [], function (el) {
      var pane = paneOf(el);
      if (seen.indexOf(pane) < 0) {
        seen.push(pane);
        firsts.push(el);
      }
    });
    return firsts;
  }

  function hover(sentence) {
    var pair = sentence ? sentence.dataset.pair : null;
    if (pair === hoverPair) {
      return;
    }
    setPairClass(hoverPair, 'hl', false);
    hoverPair = pair;
    setPairClass(pair, 'hl', true);
    if (!sentence) {
      return;
    }
    var own = paneOf(sentence);
    firstPerPane(pair).forEach(function (el) {
      var pane = paneOf(el);
      if (pane !== own && scrolls(pane)) {
        reveal(el, true);
      }
    });
  }

  function light(shift) {
    if (shift === litShift) {
      return;
    }
    if (litShift !== null) {
      each(d.querySelectorAll('[data-shift="' + litShift + '"]'), function (el) {
        el.classList.remove('lit');
      });
    }
    litShift = shift;
    if (shift !== null) {
      each(d.querySelectorAll('[data-shift="' + shift + '"]'), function (el) {
        el.classList.add('lit');
      });
    }
  }

  function activate(pair, smooth) {
    setPairClass(activePair, 'active', false);
    activePair = pair;
    setPairClass(pair, 'active', true);
    var firsts = firstPerPane(pair);
    firsts.forEach(function (el, i) {
      if (i === 0 || scrolls(paneOf(el))) {
        reveal(el, smooth);
      }
    });
    each(byPair[pair] || [], function (el) {
      el.classList.remove('flash');
      void el.offsetWidth;
      el.classList.add('flash');
    });
  }

  var docs = d.querySelector('.docs');
  if (docs) {
    docs.addEventListener('mouseover', function (e) {
      hover(e.target.closest('.sent'));
      var mark = e.target.closest('mark.shift');
      light(mark ? mark.dataset.shift : null);
    });
    docs.addEventListener('mouseleave', function () {
      hover(null);
      light(null);
    });
    docs.addEventListener('focusin', function (e) {
      var sentence = e.target.closest('.sent');
      hover(sentence);
      var mark = e.target.closest('mark.shift');
      light(mark ? mark.dataset.shift : null);
      if (mark) {
        current = shiftIds.indexOf(mark.dataset.shift);
        var other = d.getElementById((mark.id.charAt(1) === 'o' ? 'st-' : 'so-') + mark.dataset.shift);
        if (other && scrolls(paneOf(other)) && paneOf(other) !== paneOf(mark)) {
          reveal(other, true);
        }
      }
    });
  }

  var strip = d.querySelector('.strip');
  if (strip) {
    strip.addEventListener('click', function (e) {
      var cell = e.target.closest('.cell');
      if (!cell) {
        return;
      }
      e.preventDefault();
      activate(cell.dataset.pair, true);
    });
    strip.addEventListener('keydown', function (e) {
      var cell = e.target.closest('.cell');
      if (!cell || (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft')) {
        return;
      }
      var next = e.key === 'ArrowRight' ? cell.nextElementSibling : cell.previousElementSibling;
      while (next && next.classList.contains('muted')) {
        next = e.key === 'ArrowRight' ? next.nextElementSibling : next.previousElementSibling;
      }
      if (next) {
        e.preventDefault();
        next.focus();
        activate(next.dataset.pair, false);
      }
    });
    strip.addEventListener('mouseover', function (e) {
      var cell = e.target.closest('.cell');
      setPairClass(hoverPair, 'hl', false);
      hoverPair = cell ? cell.dataset.pair : null;
      setPairClass(hoverPair, 'hl', true);
    });
    strip.addEventListener('mouseleave', function () {
      hover(null);
    });
  }

  function shown(id) {
    var row = rows[id];
    return !!row && !row.classList.contains('off');
  }

  function head(id) {
    var o = d.getElementById('so-' + id);
    var t = d.getElementById('st-' + id);
    return o || t;
  }

  function step(dir) {
    if (!shiftIds.length) {
      return;
    }
    var i = current;
    for (var n = 0; n < shiftIds.length; n++) {
      i = i + dir;
      if (i >= shiftIds.length) {
        i = 0;
      } else if (i < 0) {
        i = shiftIds.length - 1;
      }
      var id = shiftIds[i];
      var target = head(id);
      if (shown(id) && target) {
        current = i;
        activate(rows[id].dataset.pair, false);
        ['so-', 'st-'].forEach(function (prefix) {
          var el = d.getElementById(prefix + id);
          if (el && el !== target && scrolls(paneOf(el))) {
            reveal(el, false, true);
          }
        });
        reveal(target, false, true);
        target.focus({preventScroll: true});
        return;
      }
    }
  }

  function clear() {
    setPairClass(activePair, 'active', false);
    activePair = null;
    current = -1;
    hover(null);
    light(null);
    if (d.activeElement && d.activeElement !== d.body) {
      d.activeElement.blur();
    }
  }

  d.addEventListener('keydown', function (e) {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) {
      return;
    }
    var t = e.target;
    if (t && t.closest && t.closest('input, textarea, select, [contenteditable]') && e.key !== 'Escape') {
      return;
    }
    if (e.key === 'j' || e.key === 'n') {
      e.preventDefault();
      step(1);
    } else if (e.key === 'k' || e.key === 'p') {
      e.preventDefault();
      step(-1);
    } else if (e.key === 'Escape') {
      clear();
    }
  });

  var only = d.getElementById('only-shifted');
  var status = d.getElementById('shown');

  function checkedValues(filter) {
    var values = {};
    var any = false;
    each(d.querySelectorAll('input[data-filter="' + filter + '"]'), function (box) {
      any = true;
      if (box.checked) {
        values[box.value] = true;
      }
    });
    return any ? values : null;
  }

  function applyFilters() {
    var severities = checkedValues('sev') || {};
    var kinds = checkedValues('kind');
    var visible = {};
    var count = 0;
    shiftIds.forEach(function (id) {
      var row = rows[id];
      var list = row.dataset.kinds ? row.dataset.kinds.split(' ') : [];
      var on = !!severities[row.dataset.sev] &&
        (kinds === null || list.length === 0 || list.some(function (k) { return kinds[k]; }));
      row.classList.toggle('off', !on);
      if (on) {
        visible[id] = true;
        count++;
      }
    });
    each(d.querySelectorAll('mark.shift'), function (mark) {
      var on = !!visible[mark.dataset.shift];
      mark.classList.toggle('off', !on);
      if (mark.classList.contains('head')) {
        mark.tabIndex = on ? 0 : -1;
      }
    });
    var onlyShifted = !!only && only.checked;
    Object.keys(byPair).concat(Object.keys(cells)).forEach(function (pair) {
      var sample = (byPair[pair] || [])[0];
      var ids = sample && sample.dataset.shifts ? sample.dataset.shifts.split(' ') : [];
      var keep = !onlyShifted || ids.some(function (id) { return visible[id]; });
      each(byPair[pair] || [], function (el) {
        el.classList.toggle('filtered', !keep);
      });
      if (cells[pair]) {
        cells[pair].classList.toggle('muted', !keep);
        cells[pair].tabIndex = keep ? 0 : -1;
      }
    });
    if (status) {
      status.textContent = count + ' of ' + shiftIds.length + ' shifts';
    }
  }

  if (toolbar) {
    toolbar.addEventListener('change', applyFilters);
  }
  applyFilters();

  window.addEventListener('beforeprint', function () {
    var list = d.getElementById('shift-list');
    if (list) {
      list.open = true;
    }
  });
})();
