// The host-page loader: the widget issue replaces this with the real widget.
export {};
