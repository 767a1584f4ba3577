/**
 * What the last form did, above the page's forms: a notice that it worked (announced
 * politely), or the error that refused it (announced at once; fields point at it with
 * aria-describedby="form-error").
 */
export function FormFeedback({ notice, error }: { notice?: string; error?: { message: string } }) {
  return (
    <>
      {notice ? (
        <p class="notice" id="notice" role="status">
          {notice}
        </p>
      ) : null}
      {error ? (
        <p class="error" id="form-error" role="alert">
          {error.message}
        </p>
      ) : null}
    </>
  );
}
