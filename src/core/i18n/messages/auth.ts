// Strings of the account pages (registration, sign-in, confirmation, reset, API tokens).
export const auth = {
  es: {
    'auth.emailTaken': 'Ya existe una cuenta con ese correo. Ingrese o recupere su contraseña.',
    'auth.roleNeedsInstitution': 'Este rol se asigna dentro de una institución (y solo ese tipo de rol).',
  },
  en: {
    'auth.emailTaken': 'An account with that email already exists. Sign in or reset your password.',
    'auth.roleNeedsInstitution': 'This role is granted within an institution (and only this kind of role is).',
  },
};
