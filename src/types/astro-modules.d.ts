// `tsc` does not know .astro files (Astro types them through its own language tools); tests
// import one component for the container API, which accepts any component factory.
declare module '*.astro' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const component: any;
  export default component;
}
