// pycdk's handler of stepfunctions_tasks.EvaluateExpression: evaluates a JavaScript expression in which the
// state paths ($.a.b) are replaced by the values Step Functions resolved for them (event.expressionAttributeValues).
'use strict';

function escapeForPattern(text) {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, (ch) => '\\' + ch);
}

exports.handler = async function handler(event) {
  const values = Object.assign(Object.create(null), event.expressionAttributeValues || {});
  // longer paths first, so that `$.a.bc` is not read as `$.a.b` followed by `c`
  const paths = Object.keys(values).sort((left, right) => right.length - left.length);
  let source = event.expression;
  if (paths.length > 0) {
    const pattern = new RegExp(paths.map(escapeForPattern).join('|'), 'g');
    source = source.replace(pattern, (path) => 'values[' + JSON.stringify(path) + ']');
  }
  console.log('Evaluating: %s', source);
  const evaluate = new Function('values', '__source', 'return eval(__source);');
  return evaluate(values, source);
};
