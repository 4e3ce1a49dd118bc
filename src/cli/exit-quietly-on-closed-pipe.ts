// `npm run kb -- stats | head` closes the pipe early: that is the reader's choice, not an error to print.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
