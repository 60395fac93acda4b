/*
 * Search suggestions: turns each <input type="search" data-suggest-url="…"> into a WAI-ARIA 1.2
 * combobox with a listbox popup (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/).
 * Without JavaScript the input stays a field of a plain GET form; with it, Enter still submits
 * that form unless a suggestion has been chosen with the arrow keys.
 */
(() => {
  "use strict";

  const MIN_QUERY_LENGTH = 2;
  const DEBOUNCE_MS = 200;
  let instances = 0;

  function element(tag, className, text = "") {
    const node = document.createElement(tag);
    node.className = className;
    node.textContent = text;
    return node;
  }

  function countMessage(count) {
    if (count === 0) {
      return "No suggestions.";
    }
    const noun = count === 1 ? "suggestion" : "suggestions";
    return `${count} ${noun}. Use the up and down arrow keys to choose one.`;
  }

  function optionElement(suggestion, id) {
    const option = element("li", "suggest__option");
    option.id = id;
    option.setAttribute("role", "option");
    option.setAttribute("aria-selected", "false");
    option.append(
      element("span", "suggest__label", suggestion.label),
      element("span", "visually-hidden", ", "),
      element("span", "suggest__kind", suggestion.kind),
    );
    return option;
  }

  class SuggestCombobox {
    constructor(input) {
      instances += 1;
      this.input = input;
      this.url = input.dataset.suggestUrl;
      this.suggestions = [];
      this.activeIndex = -1;
      this.timer = null;
      this.request = null;
      this.listbox = element("ul", "suggest__list");
      this.status = element("div", "visually-hidden");
      this.build(`${input.id || `suggest-${instances}`}-suggestions`);
      this.listen();
    }

    build(listboxId) {
      const wrapper = element("div", "suggest");
      this.input.before(wrapper);
      wrapper.append(this.input, this.listbox, this.status);

      this.listbox.id = listboxId;
      this.listbox.setAttribute("role", "listbox");
      this.listbox.setAttribute("aria-label", "Search suggestions");
      this.listbox.hidden = true;
      this.status.setAttribute("role", "status");

      this.input.setAttribute("role", "combobox");
      this.input.setAttribute("aria-autocomplete", "list");
      this.input.setAttribute("aria-expanded", "false");
      this.input.setAttribute("aria-controls", listboxId);
      this.input.setAttribute("autocomplete", "off");
    }

    listen() {
      this.input.addEventListener("input", () => this.onInput());
      this.input.addEventListener("keydown", (event) => this.onKeydown(event));
      this.input.addEventListener("blur", () => this.close());
      // Pressing an option must not take focus from the input, or blur would close the list
      // before the click lands.
      this.listbox.addEventListener("mousedown", (event) => event.preventDefault());
      this.listbox.addEventListener("click", (event) => this.onClick(event));
    }

    onInput() {
      const query = this.input.value.trim();
      window.clearTimeout(this.timer);
      this.request?.abort();
      this.request = null;
      if (query.length < MIN_QUERY_LENGTH) {
        this.show([]);
        this.status.textContent = "";
        return;
      }
      this.timer = window.setTimeout(() => this.fetchSuggestions(query), DEBOUNCE_MS);
    }

    async fetchSuggestions(query) {
      const request = new AbortController();
      this.request = request;
      let suggestions = [];
      try {
        const response = await fetch(`${this.url}?${new URLSearchParams({ q: query })}`, {
          headers: { Accept: "application/json" },
          signal: request.signal,
        });
        if (response.ok) {
          suggestions = (await response.json()).suggestions;
        }
      } catch (error) {
        if (error.name === "AbortError") {
          return;
        }
      }
      // A later keystroke has started another request, so this answer is stale.
      if (this.request !== request) {
        return;
      }
      this.request = null;
      this.show(suggestions);
      this.status.textContent = countMessage(suggestions.length);
    }

    show(suggestions) {
      this.close();
      this.suggestions = suggestions;
      this.listbox.replaceChildren(
        ...suggestions.map((suggestion, index) => optionElement(suggestion, `${this.listbox.id}-${index}`)),
      );
      if (suggestions.length && document.activeElement === this.input) {
        this.open();
      }
    }

    isOpen() {
      return !this.listbox.hidden;
    }

    open() {
      this.listbox.hidden = false;
      this.input.setAttribute("aria-expanded", "true");
    }

    close() {
      this.activate(-1);
      this.listbox.hidden = true;
      this.input.setAttribute("aria-expanded", "false");
    }

    activate(index) {
      this.listbox.children[this.activeIndex]?.setAttribute("aria-selected", "false");
      this.activeIndex = index;
      const option = this.listbox.children[index];
      if (!option) {
        this.input.removeAttribute("aria-activedescendant");
        return;
      }
      option.setAttribute("aria-selected", "true");
      option.scrollIntoView({ block: "nearest" });
      this.input.setAttribute("aria-activedescendant", option.id);
    }

    // From the input, down reaches the first option and up the last; both wrap round.
    move(step) {
      const count = this.suggestions.length;
      if (!count) {
        return;
      }
      const from = this.activeIndex < 0 ? (step > 0 ? -1 : count) : this.activeIndex;
      this.open();
      this.activate((from + step + count) % count);
    }

    follow(index) {
      window.location.assign(this.suggestions[index].url);
    }

    onKeydown(event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        this.move(event.key === "ArrowDown" ? 1 : -1);
      } else if (event.key === "Enter" && this.activeIndex >= 0) {
        event.preventDefault();
        this.follow(this.activeIndex);
      } else if (event.key === "Escape" && this.isOpen()) {
        // Also stops the browser clearing a search input on Escape.
        event.preventDefault();
        this.close();
      }
    }

    onClick(event) {
      const option = event.target.closest("[role=option]");
      if (option) {
        this.follow([...this.listbox.children].indexOf(option));
      }
    }
  }

  document.querySelectorAll('input[type="search"][data-suggest-url]').forEach((input) => {
    new SuggestCombobox(input);
  });
})();
