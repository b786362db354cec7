// `tsc` does not know .astro files (Astro types them through its own language tools); tests
// import one component for the container API, which accepts any component factory.
declare module '*.astro' {
  // biome-ignore lint/suspicious/noExplicitAny: the container API accepts any component factory
  const component: any;
  export default component;
}
