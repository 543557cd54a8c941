/**
 * Marking spans of an article's text. Offsets count Unicode code points
 * (DESIGN.md), so the text is split with Array.from (code points), never
 * sliced with String.prototype.slice (UTF-16 units): an emoji before a quote
 * must not shift it. Spans nest (a quote inside a block, a name inside a
 * quote); a span that crosses another's edge or falls outside the text is not
 * marked and is reported instead.
 */
(function () {
  'use strict';
  var W = (self.WSW = self.WSW || {});
  /** Outer spans first when two start together. */
  var RANK = { block: 0, quote: 1, link: 2, actor: 3, country: 4 };

  /** The text as an array of code points. */
  W.codePoints = function (text) {
    return Array.from(text || '');
  };

  /** Text of code points [start, end). */
  W.slice = function (points, start, end) {
    return points.slice(start, end).join('');
  };

  /**
   * Nests spans ({start, end, type, ...}) into a tree. Returns {roots, skipped}:
   * each node gets .children; skipped lists spans out of range or crossing another.
   */
  W.nestSpans = function (spans, length) {
    var skipped = [];
    var sorted = spans.filter(function (s) {
      var ok = Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= length;
      if (!ok) skipped.push(s);
      return ok;
    }).sort(function (a, b) {
      return a.start - b.start || b.end - a.end || RANK[a.type] - RANK[b.type];
    });
    var roots = [];
    var stack = [];
    sorted.forEach(function (s) {
      var node = Object.assign({ children: [] }, s);
      while (stack.length && stack[stack.length - 1].end <= s.start) stack.pop();
      var parent = stack[stack.length - 1];
      if (parent && s.end > parent.end) {
        skipped.push(s);
        return;
      }
      (parent ? parent.children : roots).push(node);
      stack.push(node);
    });
    return { roots: roots, skipped: skipped };
  };

  /**
   * Renders code points [from, to) into parent, with each node of the tree made
   * by makeElement(node) (an element whose text is the span, plus an optional
   * element to add after it: {element, after}).
   */
  W.renderSpans = function (parent, points, nodes, from, to, makeElement) {
    var pos = from;
    nodes.forEach(function (node) {
      if (node.start > pos) W.append(parent, W.slice(points, pos, node.start));
      var made = makeElement(node);
      W.renderSpans(made.element, points, node.children, node.start, node.end, makeElement);
      parent.appendChild(made.element);
      if (made.after) parent.appendChild(made.after);
      pos = node.end;
    });
    if (to > pos) W.append(parent, W.slice(points, pos, to));
  };
})();
