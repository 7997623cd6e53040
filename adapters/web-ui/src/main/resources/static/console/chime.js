/** A short tone for a visitor's message the agent is not looking at; browsers allow it after any click. */
export function chime() {
  try {
    const context = new AudioContext();
    const tone = context.createOscillator();
    const volume = context.createGain();
    tone.frequency.value = 660;
    volume.gain.value = 0.05;
    tone.connect(volume).connect(context.destination);
    tone.start();
    tone.stop(context.currentTime + 0.15);
    tone.onended = () => context.close();
  } catch { /* sound is a nicety */ }
}
