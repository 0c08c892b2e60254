// Starts Swagger UI on /docs over the server's OpenAPI document (a file of its own: the
// Content-Security-Policy runs no inline script). No validator badge: it would ask a remote site.
window.ui = SwaggerUIBundle({
  url: "openapi.json",
  dom_id: "#swagger-ui",
  validatorUrl: null,
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis],
  layout: "BaseLayout",
});
