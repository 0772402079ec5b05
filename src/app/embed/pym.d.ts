declare module 'pym.js' {
  interface PymChild {
    sendHeight(): void;
  }
  const pym: { Child: new (config?: { polling?: number }) => PymChild };
  export default pym;
}
