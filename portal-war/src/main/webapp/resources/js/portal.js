/*
 * The portal's one script (no inline scripts: the pages run under a Content-Security-Policy).
 * - Unsaved changes: a form with the class "watch-unsaved" remembers that something was typed; changing
 *   week or leaving the page asks first (the question is the form's data-unsaved text, from the bundle).
 * - Errors tied to their fields: each field named by a PrimeFaces message gets aria-invalid and
 *   aria-describedby pointing at the message, after the page loads and after every AJAX update.
 * - Focus after AJAX: if an update removed the focused element, focus goes to the first field in error,
 *   else back to the element with the same id (e.g. the "next week" button), else to the page's heading.
 */
(function () {
  'use strict';
  var dirty = {};
  var lastFocusId = null;

  /** @param control an element of a form, or the form's id (PrimeFaces calls oncomplete without the button) */
  function formOf(control) {
    if (typeof control === 'string') {
      return document.getElementById(control);
    }
    return control && control.closest ? control.closest('form') : null;
  }

  function question(form) {
    return (form && form.getAttribute('data-unsaved')) || '';
  }

  var LevaPortal = {
    /** @return whether the form of this control may drop what was typed (asks if something is unsaved) */
    mayLeave: function (control) {
      var form = formOf(control);
      if (!form || !dirty[form.id]) {
        return true;
      }
      if (window.confirm(question(form))) {
        dirty[form.id] = false;
        return true;
      }
      return false;
    },
    /** the form was reloaded from the server: nothing is unsaved */
    clean: function (control) {
      var form = formOf(control);
      if (form) {
        dirty[form.id] = false;
      }
    },
    /** the form was filled by the server (e.g. a copy) but not saved */
    changed: function (control) {
      var form = formOf(control);
      if (form) {
        dirty[form.id] = true;
      }
    },
    /** after a save: clean unless the server refused it */
    saved: function (control, args) {
      if (!args || !args.validationFailed) {
        LevaPortal.clean(control);
      }
    },
    /** @return whether some watched form has unsaved changes */
    hasUnsaved: function () {
      return Object.keys(dirty).some(function (k) { return dirty[k]; });
    }
  };
  window.LevaPortal = LevaPortal;

  document.addEventListener('input', function (e) {
    var form = formOf(e.target);
    if (form && form.classList.contains('watch-unsaved')) {
      dirty[form.id] = true;
    }
  });
  document.addEventListener('change', function (e) {
    var form = formOf(e.target);
    if (form && form.classList.contains('watch-unsaved')) {
      dirty[form.id] = true;
    }
  });
  window.addEventListener('beforeunload', function (e) {
    if (LevaPortal.hasUnsaved()) {
      e.preventDefault();
      e.returnValue = '';
    }
  });
  document.addEventListener('focusin', function (e) {
    if (e.target && e.target.id) {
      lastFocusId = e.target.id;
    }
  });

  function fieldFor(target) {
    return document.getElementById(target + '_input') || document.getElementById(target + '_focus')
        || document.getElementById(target);
  }

  /** ties every message to its field; @return the first field in error */
  function linkErrors() {
    var first = null;
    document.querySelectorAll('.ui-message[data-target]').forEach(function (m) {
      var field = fieldFor(m.getAttribute('data-target'));
      if (!field || !m.id) {
        return;
      }
      var inError = m.classList.contains('ui-message-error') && m.textContent.trim() !== '';
      var described = (field.getAttribute('aria-describedby') || '').split(' ').filter(function (x) { return x && x !== m.id; });
      if (inError) {
        field.setAttribute('aria-invalid', 'true');
        described.push(m.id);
        first = first || field;
      } else if (field.getAttribute('aria-invalid') === 'true' && !field.closest('.ui-state-error')) {
        field.removeAttribute('aria-invalid');
      }
      if (described.length) {
        field.setAttribute('aria-describedby', described.join(' '));
      } else {
        field.removeAttribute('aria-describedby');
      }
    });
    // PrimeFaces marks the fields it knows to be in error itself (aria-invalid, aria-describedby to the message)
    return first || document.querySelector('input[aria-invalid="true"]:not([type="hidden"]), select[aria-invalid="true"], textarea[aria-invalid="true"]');
  }

  function afterUpdate() {
    var firstError = linkErrors();
    var active = document.activeElement;
    var lost = !active || active === document.body || !document.documentElement.contains(active);
    if (firstError && (lost || active.getAttribute('aria-invalid') !== 'true')) {
      // a refusal: to the first field in error, whose message is tied to it
      firstError.focus();
      return;
    }
    if (!lost) {
      return; // PrimeFaces kept the focus on the element with the same id
    }
    var again = lastFocusId ? document.getElementById(lastFocusId) : null;
    var target = again || document.getElementById('main');
    if (target) {
      target.focus();
    }
  }

  // a button with data-copy="<id of a field>" copies the field's text and says so in the page's status line
  document.addEventListener('click', function (e) {
    var button = e.target.closest ? e.target.closest('[data-copy]') : null;
    if (!button) {
      return;
    }
    var field = document.getElementById(button.getAttribute('data-copy'));
    var status = document.getElementById('copyStatus');
    if (!field) {
      return;
    }
    var said = function () {
      if (status) {
        status.textContent = button.getAttribute('data-copied') || '';
      }
    };
    field.focus();
    field.select();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(said, function () {
        if (document.execCommand('copy')) { said(); }
      });
    } else if (document.execCommand('copy')) {
      said();
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    linkErrors();
    if (window.jQuery) {
      window.jQuery(document).on('pfAjaxComplete', function () {
        window.setTimeout(afterUpdate, 0);
      });
    }
  });
}());
